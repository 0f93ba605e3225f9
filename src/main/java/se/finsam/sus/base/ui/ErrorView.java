package se.finsam.sus.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.finsam.sus.base.Supportkontakt;

/**
 * A friendly page for unexpected errors. The user sees a short reference; the log has the details under the
 * same reference, so support can find them without the user reading a stack trace.
 */
// In the layout like every other page (its landmarks, menu and footer); @Layout does not reach error views.
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private final transient Supportkontakt support;

    public ErrorView(Supportkontakt support) {
        this.support = support;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String referens = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error, reference {}", referens, parameter.getCaughtException());
        removeAll();
        setId("felvy");
        add(
                new H1(getTranslation("fel.rubrik")),
                new Paragraph(getTranslation("fel.text", referens)),
                SupportRad.av(support),
                new Anchor("", getTranslation("fel.till-start")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fel.rubrik");
    }
}
