package se.finsam.sus.geografi;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A län (county) with SCB's two-digit code. Reference data, loaded by Liquibase. */
@Entity
@Table(name = "lan")
class Lan {

    @Id
    private String kod;

    private String namn;

    protected Lan() {}

    LanInfo info() {
        return new LanInfo(kod, namn);
    }
}
