package jp.mypage.web.support;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A short page written by a filter that answers before Faces runs (a refused post or request): a
 * heading, a sentence and a link, from the portal's messages, with the usual viewport, nothing else.
 */
final class PlainPage {

    private PlainPage() {
    }

    /** Writes the page with this status; the keys name the title, the text and the link's label. */
    static void write(HttpServletResponse response, int status, Locale language, String titleKey, String textKey,
            String href, String linkKey) throws IOException {
        ResourceBundle messages = ResourceBundle.getBundle("jp.mypage.web.i18n.messages", language);
        String title = escape(messages.getString(titleKey));
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + "</title></head><body><main><h1>" + title + "</h1><p>" + escape(messages.getString(textKey))
                + "</p><p><a href=\"" + escape(href) + "\">" + escape(messages.getString(linkKey))
                + "</a></p></main></body></html>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
