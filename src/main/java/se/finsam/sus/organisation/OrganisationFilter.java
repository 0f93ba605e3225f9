package se.finsam.sus.organisation;

/**
 * Search in the organisation list; null or blank fields do not filter. {@code aktiv}: true for organisations
 * without an end date or ending today or later, false for those that have ended, null for both.
 */
public record OrganisationFilter(String text, String lanKod, Finansieringsform finansieringsform, Boolean aktiv) {

    public static final OrganisationFilter ALLA = new OrganisationFilter(null, null, null, null);

    public OrganisationFilter(String text, String lanKod, Finansieringsform finansieringsform) {
        this(text, lanKod, finansieringsform, null);
    }
}
