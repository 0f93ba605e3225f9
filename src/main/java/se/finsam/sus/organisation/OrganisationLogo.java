package se.finsam.sus.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

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

    Logo logo() {
        return new Logo(contentType, data);
    }
}
