package jp.mypage.web.mypage;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import jp.mypage.invoice.InvoiceDocument;
import jp.mypage.order.OrderDocuments;
import jp.mypage.order.OrderNotFoundException;
import jp.mypage.web.i18n.LocaleBacking;

/**
 * 請求書 / 領収書 of the caller's order as PDF: {@code /mypage/order-document?id=&kind=invoice|receipt},
 * in the page's language. Another holder's order, an unpaid order's receipt or a malformed request
 * is a 404; nothing else of the order is revealed.
 */
@WebServlet("/mypage/order-document")
public class OrderDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrderDocuments documents;

    @Inject
    private LocaleBacking locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> id = Ids.parse(request.getParameter("id"));
        String kindParam = String.valueOf(request.getParameter("kind"));
        InvoiceDocument.Kind kind = "receipt".equals(kindParam) ? InvoiceDocument.Kind.RECEIPT
                : "invoice".equals(kindParam) ? InvoiceDocument.Kind.INVOICE : null;
        if (id.isEmpty() || kind == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = documents.document(id.get(), kind, locale.getLocale());
        } catch (OrderNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + kindParam + "-" + id.get() + ".pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
