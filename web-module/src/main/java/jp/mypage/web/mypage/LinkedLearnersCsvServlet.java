package jp.mypage.web.mypage;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.mypage.csv.CsvExport;
import jp.mypage.linking.LearnerQuery;
import jp.mypage.linking.LearnerSort;
import jp.mypage.linking.LinkedLearner;
import jp.mypage.linking.LinkingService;
import jp.mypage.web.i18n.LocaleBacking;
import jp.mypage.web.i18n.Messages;
import jp.mypage.web.support.DateTimes;

/**
 * 連携者一覧 as CSV for Excel ({@link CsvExport}: UTF-8 with a byte order mark, CRLF, every field
 * quoted, formula-safe), in the order and with the search the page shows ({@code ?q=&sort=&asc=}).
 * Only the caller's own learners: the service bounds the query; no parameter names a company.
 */
@WebServlet("/mypage/linked-learners.csv")
public class LinkedLearnersCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private LinkingService linking;

    @Inject
    private DateTimes dateTimes;

    @Inject
    private LocaleBacking locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Only a company has linked learners: anyone else is refused before the guarded service.
        if (!request.isUserInRole("CORPORATE")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        List<LinkedLearner> rows;
        try {
            rows = linking.exportMyLinkedLearners(query(request));
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Locale language = locale.getLocale();
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"linked-learners.csv\"; filename*=UTF-8''"
                + URLEncoder.encode(Messages.text(language, "linkedLearners.title"), StandardCharsets.UTF_8) + ".csv");
        response.setHeader("Cache-Control", "no-store");
        CsvExport.write(response.getOutputStream(),
                List.of(Messages.text(language, "field.name"), Messages.text(language, "field.nameKana"),
                        Messages.text(language, "field.email"), Messages.text(language, "linkedLearners.linkedAt")),
                rows.stream().map(row -> Arrays.asList(row.name(), row.nameKana(), row.email(),
                        dateTimes.dateTime(row.since()))).toList());
    }

    /** The query string that exports what the page shows. */
    static String queryString(LearnerQuery query) {
        return "q=" + URLEncoder.encode(query.search() == null ? "" : query.search(), StandardCharsets.UTF_8)
                + "&sort=" + query.sort().name() + "&asc=" + query.ascending();
    }

    private static LearnerQuery query(HttpServletRequest request) {
        LearnerSort sort;
        try {
            sort = LearnerSort.valueOf(String.valueOf(request.getParameter("sort")).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            sort = LearnerSort.LINKED_AT;
        }
        return new LearnerQuery(request.getParameter("q"), sort, Boolean.parseBoolean(request.getParameter("asc")));
    }
}
