package se.finsam.sus.organisation;

/** Search in the organisation list; null or blank fields do not filter. */
public record OrganisationFilter(String text, String lanKod, Finansieringsform finansieringsform) {

    public static final OrganisationFilter ALLA = new OrganisationFilter(null, null, null);
}
