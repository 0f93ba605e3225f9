package se.finsam.sus.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.stream.IntStream;
import se.finsam.sus.base.Supportkontakt;

/**
 * The tillgänglighetsredogörelse (accessibility statement) that the law on accessibility of digital public services
 * (2018:1937) asks for: how accessible SUS is, what is known not to be, how to report a problem and to whom to
 * complain. Public, like the försörjningsmått; linked from the footer of every page and from the login page. The
 * text is in the message bundles; the test results behind it are in docs/tillganglighet.md.
 */
@Route(TillganglighetView.ROUTE)
@AnonymousAllowed
public class TillganglighetView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "tillganglighet";

    /** How many numbered items each list has in the bundles ({@code tillganglighet.uppfyllt.1} …). */
    static final int UPPFYLLT = 7;

    static final int BRISTER = 5;

    /** The supervisory authority's form for reporting a public body's inaccessible service. */
    static final String DIGG = "https://www.digg.se/tdosanmalan";

    public TillganglighetView(Supportkontakt support) {
        setId("tillganglighet");
        setMaxWidth("60rem");
        Anchor digg = new Anchor(DIGG, getTranslation("tillganglighet.tillsyn.lank"), AnchorTarget.BLANK);
        add(
                new H1(getTranslation("tillganglighet.rubrik")),
                new Paragraph(getTranslation("tillganglighet.ingress")),
                new H2(getTranslation("tillganglighet.status.rubrik")),
                new Paragraph(getTranslation("tillganglighet.status.text")),
                new H2(getTranslation("tillganglighet.uppfyllt.rubrik")),
                lista("tillganglighet.uppfyllt.", UPPFYLLT),
                new H2(getTranslation("tillganglighet.brister.rubrik")),
                lista("tillganglighet.brister.", BRISTER),
                new H2(getTranslation("tillganglighet.rapportera.rubrik")),
                new Paragraph(getTranslation("tillganglighet.rapportera.text")),
                SupportRad.av(support),
                new H2(getTranslation("tillganglighet.tillsyn.rubrik")),
                new Paragraph(getTranslation("tillganglighet.tillsyn.text")),
                digg,
                new H2(getTranslation("tillganglighet.testat.rubrik")),
                new Paragraph(getTranslation("tillganglighet.testat.text")),
                new Paragraph(getTranslation("tillganglighet.datum")));
    }

    private UnorderedList lista(String prefix, int antal) {
        return new UnorderedList(IntStream.rangeClosed(1, antal)
                .mapToObj(i -> new ListItem(getTranslation(prefix + i)))
                .toArray(ListItem[]::new));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tillganglighet.titel");
    }
}
