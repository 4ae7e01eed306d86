package jp.mypage.web.mypage;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import jp.mypage.common.BusinessException;
import jp.mypage.learning.LearningDocuments;
import jp.mypage.web.i18n.LocaleBacking;

/**
 * 修了証 ({@code /mypage/certificate?seat=}, for the learner and for the account that bought the seat)
 * and 受講票 ({@code /mypage/admission-ticket?seat=}, for the learner of a live session) as PDF, in the
 * page's language. Anything not the caller's is a 404; nothing of it is revealed.
 */
@WebServlet({"/mypage/certificate", "/mypage/admission-ticket"})
public class LearningDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private LearningDocuments documents;

    @Inject
    private LocaleBacking locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> seat = Ids.parse(request.getParameter("seat"));
        if (seat.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        boolean certificate = request.getServletPath().endsWith("/certificate");
        // The admission ticket is the learner's alone: a company is refused before the guarded service.
        if (!certificate && !request.isUserInRole("PERSONAL")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] pdf;
        try {
            pdf = certificate ? documents.certificate(seat.get(), locale.getLocale())
                    : documents.admissionTicket(seat.get(), locale.getLocale());
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + (certificate ? "certificate-" : "admission-ticket-")
                + seat.get() + ".pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
