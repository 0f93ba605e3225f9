package se.finsam.sus.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Optional;

/** The logo of one samverkansorganisation, validated by {@link LogoKontroll} before it is stored. */
@Entity
@Table(name = "organisation_logo")
class OrganisationLogo {

    @Id
    private Long organisationId;

    private String contentType;

    @Lob
    @Column(name = "data")
    private byte[] data;

    protected OrganisationLogo() {}

    OrganisationLogo(long organisationId) {
        this.organisationId = organisationId;
    }

    void andra(String contentType, byte[] data) {
        this.contentType = contentType;
        this.data = data.clone();
    }

    /** The logo, unless it is of a type that is never served (an SVG stored before SVG was refused). */
    Optional<Logo> logo() {
        return LogoKontroll.kanVisas(contentType) ? Optional.of(new Logo(contentType, data)) : Optional.empty();
    }
}
