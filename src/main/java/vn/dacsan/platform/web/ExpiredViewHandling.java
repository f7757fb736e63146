package vn.dacsan.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;

/**
 * A postback whose view state this session never issued (it expired, or another site forged
 * the form) changes nothing and gets a page that says so, with status 400, instead of an
 * error. Registered in faces-config.xml.
 */
public class ExpiredViewHandling extends ExceptionHandlerFactory {

    static final String VIEW = "/WEB-INF/errors/expired.xhtml";

    public ExpiredViewHandling(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    private static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                while (thrown instanceof FacesException && !(thrown instanceof ViewExpiredException) && thrown.getCause() != null) {
                    thrown = thrown.getCause();
                }
                if (thrown instanceof ViewExpiredException) {
                    events.remove();
                    FacesContext faces = FacesContext.getCurrentInstance();
                    faces.getExternalContext().setResponseStatus(400);
                    faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, VIEW));
                    faces.renderResponse();
                }
            }
            getWrapped().handle();
        }
    }
}
