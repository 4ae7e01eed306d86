package jp.mypage.web.mypage;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.File;
import java.io.IOException;
import java.util.Optional;
import jp.mypage.common.BusinessException;
import jp.mypage.learning.LearningService;
import jp.mypage.learning.LessonFile;
import org.omnifaces.servlet.FileServlet;

/**
 * A lesson's file for the learner holding the seat, {@code /mypage/lesson-content/<seat>/<lesson>}:
 * OmniFaces' {@link FileServlet} streams it with HTTP range requests (so a video can be sought),
 * ETag and Last-Modified. Another learner's seat, a company, a removed lesson or an access period
 * that ended is a 404 (403 for a company): the URL alone opens nothing. The file may be framed by
 * the portal's own pages (a PDF in the player), by no other site.
 */
@WebServlet("/mypage/lesson-content/*")
public class LessonContentServlet extends FileServlet {

    private static final long serialVersionUID = 1L;
    private static final String FILE = LessonContentServlet.class.getName() + ".file";

    @Inject
    private LearningService learning;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String[] parts = Optional.ofNullable(request.getPathInfo()).orElse("").split("/");
        Optional<Long> seat = parts.length == 3 ? Ids.parse(parts[1]) : Optional.empty();
        Optional<Long> lesson = parts.length == 3 ? Ids.parse(parts[2]) : Optional.empty();
        if (seat.isEmpty() || lesson.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Only learners hold seats: anyone else is refused here, before the guarded service would log a trace.
        if (!request.isUserInRole("PERSONAL")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        try {
            LessonFile file = learning.content(seat.get(), lesson.get());
            if (!file.path().toFile().isFile()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            request.setAttribute(FILE, file);
        } catch (BusinessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Cache-Control", "private, no-store");
        super.service(request, response);
    }

    @Override
    protected File getFile(HttpServletRequest request) {
        return ((LessonFile) request.getAttribute(FILE)).path().toFile();
    }

    @Override
    protected String getContentType(HttpServletRequest request, File file) {
        return ((LessonFile) request.getAttribute(FILE)).contentType();
    }

    /** Never cached by the browser beyond the request: the seat's access may end. */
    @Override
    protected long getExpireTime(HttpServletRequest request, File file) {
        return 0;
    }

    @Override
    protected boolean isAttachment(HttpServletRequest request, String contentType) {
        return false;
    }

    @Override
    protected String getAttachmentName(HttpServletRequest request, File file) {
        return ((LessonFile) request.getAttribute(FILE)).fileName();
    }
}
