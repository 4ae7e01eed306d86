package jp.mypage.web.mypage;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jp.mypage.history.HistoryRow;
import jp.mypage.csv.CsvExport;
import jp.mypage.history.HistoryQuery;
import jp.mypage.history.LearningHistoryService;
import jp.mypage.history.XlsxSheet;
import jp.mypage.web.i18n.LocaleBacking;
import jp.mypage.web.i18n.Messages;

/**
 * 受講履歴 of a company's learners as CSV ({@link CsvExport}: UTF-8 with BOM, CRLF, every field
 * quoted, formula-safe) or Excel ({@link XlsxSheet}), with the filters and the order the page shows
 * ({@link HistoryFilter}). Both are written while the service's cursor reads the rows, so memory
 * stays flat for 100,000 rows. Only the caller's own history: the service bounds the query; no
 * parameter names a company.
 */
@WebServlet({"/mypage/learning-history.csv", "/mypage/learning-history.xlsx"})
public class LearningHistoryExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private LearningHistoryService history;

    @Inject
    private HistoryTexts texts;

    @Inject
    private LocaleBacking locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!request.isUserInRole("CORPORATE")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        boolean excel = request.getServletPath().endsWith(".xlsx");
        HistoryQuery query = HistoryFilter.parse(request::getParameter);
        Locale language = locale.getLocale();
        String title = Messages.text(language, "history.companyTitle");
        response.setContentType(excel ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=UTF-8");
        String extension = excel ? ".xlsx" : ".csv";
        response.setHeader("Content-Disposition", "attachment; filename=\"learning-history" + extension
                + "\"; filename*=UTF-8''" + URLEncoder.encode(title, StandardCharsets.UTF_8).replace("+", "%20") + extension);
        response.setHeader("Cache-Control", "no-store");
        Function<HistoryRow, List<String>> fields = texts.fields(language);
        OutputStream out = response.getOutputStream();
        try {
            if (excel) {
                try (XlsxSheet sheet = new XlsxSheet(out, title, texts.header(language))) {
                    history.exportMyLearnersHistory(query, row -> sheet.add(fields.apply(row)));
                }
            } else {
                CsvExport.Rows csv = CsvExport.start(out, texts.header(language));
                history.exportMyLearnersHistory(query, row -> {
                    try {
                        csv.add(fields.apply(row));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                csv.finish();
            }
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
