package se.finsam.sus.organisation;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;

/** The search for samverkansorganisationer as one query: the user's scope and the filter's conditions. */
final class OrganisationSok {

    private OrganisationSok() {}

    /** {@code synliga} null: all organisations (system administrator). */
    static Specification<Samverkansorganisation> spec(OrganisationFilter f, Set<Long> synliga) {
        return (root, query, cb) -> {
            List<Predicate> villkor = new ArrayList<>();
            if (synliga != null) {
                villkor.add(
                        synliga.isEmpty() ? cb.disjunction() : root.get("id").in(synliga));
            }
            if (f.text() != null && !f.text().isBlank()) {
                String text = "%" + f.text().strip().toLowerCase(Locale.ROOT) + "%";
                villkor.add(cb.or(
                        cb.like(cb.lower(root.get("namn")), text),
                        cb.like(root.get("organisationsnummer"), text.replace("-", ""))));
            }
            if (f.aktiv() != null) {
                LocalDate idag = LocalDate.now();
                villkor.add(
                        f.aktiv()
                                ? cb.or(
                                        cb.isNull(root.get("slutdatum")),
                                        cb.greaterThanOrEqualTo(root.get("slutdatum"), idag))
                                : cb.lessThan(root.get("slutdatum"), idag));
            }
            if (f.finansieringsform() != null) {
                villkor.add(cb.equal(root.get("finansieringsform"), f.finansieringsform()));
            }
            if (f.lanKod() != null && !f.lanKod().isBlank()) {
                Subquery<Long> iLan = query.subquery(Long.class);
                Root<Samverkansorganisation> org = iLan.from(Samverkansorganisation.class);
                Join<Samverkansorganisation, String> kommun = org.join("kommunKoder");
                iLan.select(org.get("id")).where(cb.like(kommun, f.lanKod().strip() + "%"));
                // An area of stadsdelar only lies in the län of their kommun (the code starts with it).
                Subquery<Long> stadsdelILan = query.subquery(Long.class);
                Root<Samverkansorganisation> org2 = stadsdelILan.from(Samverkansorganisation.class);
                Join<Samverkansorganisation, String> stadsdel = org2.join("stadsdelKoder");
                stadsdelILan
                        .select(org2.get("id"))
                        .where(cb.like(stadsdel, f.lanKod().strip() + "%"));
                villkor.add(cb.or(root.get("id").in(iLan), root.get("id").in(stadsdelILan)));
            }
            return cb.and(villkor.toArray(Predicate[]::new));
        };
    }
}
