package se.finsam.sus.deltagare.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import se.finsam.sus.base.HittadesInteException;
import se.finsam.sus.base.Roll;
import se.finsam.sus.base.ValideringsException;
import se.finsam.sus.base.ui.InsatsTillagg;
import se.finsam.sus.base.ui.Tabell;
import se.finsam.sus.behorighet.BehorighetService;
import se.finsam.sus.deltagare.DeltagarAntalService;
import se.finsam.sus.deltagare.DeltagarInsatser;
import se.finsam.sus.organisation.InsatsFakta;

/**
 * On the insats page: for a deltagaransvarig with an uppdrag in the insats, the link to its participants; for an
 * insatsansvarig the service lets count, the anonymous counts (nothing personal). Nothing for anyone else.
 */
@org.springframework.stereotype.Component
class DeltagareInsatsTillagg implements InsatsTillagg {

    private final DeltagarInsatser deltagare;
    private final DeltagarAntalService antal;
    private final BehorighetService behorighet;
    private final Clock clock;

    DeltagareInsatsTillagg(
            DeltagarInsatser deltagare, DeltagarAntalService antal, BehorighetService behorighet, Clock clock) {
        this.deltagare = deltagare;
        this.antal = antal;
        this.behorighet = behorighet;
        this.clock = clock;
    }

    @Override
    public Optional<Component> sektion(long insatsId) {
        try {
            if (behorighet.harRoll(Roll.DELTAGARANSVARIG)
                    && deltagare.minaInsatser().stream().anyMatch(i -> i.id() == insatsId)) {
                RouterLink lank = Tabell.lank(lankText(), InsatsDeltagareView.class, insatsId);
                lank.setId("insats-deltagare-lank");
                return Optional.of(new Paragraph(lank));
            }
            if (behorighet.harRoll(Roll.INSATSANSVARIG)) {
                InsatsFakta insats = antal.insats(insatsId);
                return Optional.of(new AntalPanel(antal, insats.id(), insats.individuell(), LocalDate.now(clock)));
            }
        } catch (HittadesInteException | AccessDeniedException | ValideringsException e) {
            // Not this user's insats for participants (or one without participants): nothing to add.
        }
        return Optional.empty();
    }

    private static String lankText() {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation("deltagare.vy.lank-fran-insats");
    }
}
