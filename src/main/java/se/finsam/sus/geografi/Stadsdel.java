package se.finsam.sus.geografi;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A stadsdel (city district) with code {@code KKKK-NN}: its kommun's code, a dash and two or more characters. */
@Entity
@Table(name = "stadsdel")
class Stadsdel {

    @Id
    private String kod;

    private String namn;
    private String kommunKod;

    protected Stadsdel() {}

    StadsdelInfo info() {
        return new StadsdelInfo(kod, namn, kommunKod);
    }
}
