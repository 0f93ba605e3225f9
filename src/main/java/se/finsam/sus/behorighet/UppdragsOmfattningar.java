package se.finsam.sus.behorighet;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Names of the organisations and insatser that uppdrag point at, for the administrator's overview and pickers.
 * Implemented by the organisation feature, so that behörighet does not depend on it (as {@link InsatsOrganisation}).
 */
public interface UppdragsOmfattningar {

    /** Id and name of one samverkansorganisation, for a picker. */
    record OrganisationVal(long id, String namn) {}

    Map<Long, String> organisationsnamn(Collection<Long> organisationIds);

    /** Each insats named with its förbund, "Unga in (Finsam Norra Stockholm)": insats names repeat across förbund. */
    Map<Long, String> insatsnamn(Collection<Long> insatsIds);

    /** Every samverkansorganisation, by name. */
    List<OrganisationVal> allaOrganisationer();
}
