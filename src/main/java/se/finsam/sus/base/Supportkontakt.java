package se.finsam.sus.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who users contact for help: set per installation ({@code sus.support.*}), shown in the footer of every page, on
 * the error page and in the user guide. Empty parts are simply not shown.
 */
@Component
public class Supportkontakt {

    private final String epost;
    private final String telefon;
    private final String oppettider;

    public Supportkontakt(
            @Value("${sus.support.epost:}") String epost,
            @Value("${sus.support.telefon:}") String telefon,
            @Value("${sus.support.oppettider:}") String oppettider) {
        this.epost = epost.strip();
        this.telefon = telefon.strip();
        this.oppettider = oppettider.strip();
    }

    public String epost() {
        return epost;
    }

    public String telefon() {
        return telefon;
    }

    public String oppettider() {
        return oppettider;
    }

    /** True when nothing is configured: the views then leave the contact out rather than show empty labels. */
    public boolean saknas() {
        return epost.isEmpty() && telefon.isEmpty() && oppettider.isEmpty();
    }
}
