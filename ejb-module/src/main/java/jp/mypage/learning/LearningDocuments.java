package jp.mypage.learning;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.mypage.account.Accounts;
import jp.mypage.domain.account.Account;
import jp.mypage.domain.learning.Certificate;
import jp.mypage.domain.learning.LearningStatus;
import jp.mypage.domain.order.Seat;
import jp.mypage.domain.order.SeatStatus;
import jp.mypage.domain.training.CourseSession;
import jp.mypage.invoice.InvoiceSettings;
import jp.mypage.mail.MailSettings;
import jp.mypage.pdf.PdfPrinter;
import jp.mypage.training.Catalogue;

/**
 * The 修了証 of a completed seat, for its learner and for the account that bought it (a company keeps
 * it after the learner unlinks), and the 受講票 of a live session, for its learner.
 */
@Stateless
@RolesAllowed({"PERSONAL", "CORPORATE"})
public class LearningDocuments {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Accounts accounts;

    @Inject
    private CertificateIssuer certificates;

    @Inject
    private PdfPrinter printer;

    @Inject
    private InvoiceSettings issuer;

    @Inject
    private MailSettings mail;

    /**
     * @throws CertificateNotFoundException unless the seat is the caller's (as learner or buyer) and completed
     */
    public byte[] certificate(long seatId, Locale locale) {
        Account me = accounts.caller(context.getCallerPrincipal());
        Seat seat = em.createQuery("select s from Seat s join fetch s.order o where s.id = :id"
                        + " and (s.learner = :me or o.buyer = :me)", Seat.class)
                .setParameter("id", seatId).setParameter("me", me)
                .getResultStream().findFirst().orElseThrow(CertificateNotFoundException::new);
        if (seat.getLearningStatus() != LearningStatus.COMPLETED) {
            throw new CertificateNotFoundException();
        }
        Certificate c = certificates.of(seat.getId()).filter(Certificate::isValid)
                .orElseThrow(CertificateNotFoundException::new);
        String code = CertificateIssuer.grouped(c.getVerificationCode());
        return printer.print(LearningXhtml.certificate(new LearningXhtml.CertificateText(c.getLearnerName(),
                c.getCourseTitle(), c.getCompletedOn(), c.getNumber(), code,
                mail.baseUrl() + "/certificates/verify?code=" + code, issuer.issuer().name(), locale)),
                "certificate " + c.getNumber());
    }

    /**
     * @throws LearningNotFoundException unless it is the caller's active seat of a live session
     */
    @RolesAllowed("PERSONAL")
    public byte[] admissionTicket(long seatId, Locale locale) {
        Account me = accounts.caller(context.getCallerPrincipal());
        Seat seat = em.createQuery("select s from Seat s join fetch s.order o where s.id = :id and s.learner = :me"
                        + " and s.status = :active", Seat.class)
                .setParameter("id", seatId).setParameter("me", me).setParameter("active", SeatStatus.ACTIVE)
                .getResultStream().findFirst().orElseThrow(LearningNotFoundException::new);
        CourseSession session = seat.getOrder().getSession().orElseThrow(LearningNotFoundException::new);
        ResourceBundle words = ResourceBundle.getBundle(LearningXhtml.BUNDLE, locale);
        ZonedDateTime start = session.getStartsAt().atZone(Catalogue.JAPAN);
        ZonedDateTime end = session.getEndsAt().atZone(Catalogue.JAPAN);
        String schedule = LearningXhtml.date(start.toLocalDate(), locale) + " " + TIME.format(start) + "–"
                + (end.toLocalDate().equals(start.toLocalDate()) ? "" : LearningXhtml.date(end.toLocalDate(), locale) + " ")
                + TIME.format(end) + " (JST)";
        String place = session.getVenue().orElseGet(() -> words.getString("ticket.online"));
        String delivery = words.getString("ticket.delivery." + seat.getOrder().getDelivery().name());
        return printer.print(LearningXhtml.ticket(new LearningXhtml.TicketText(me.getProfile().getPersonName(),
                seat.getOrder().getCourseTitle(), delivery, schedule, place, seat.getOrder().getNumber(), seat.getId(),
                issuer.issuer().name(), LocalDate.ofInstant(clock.instant(), Catalogue.JAPAN), locale)),
                "admission ticket " + seat.getId());
    }
}
