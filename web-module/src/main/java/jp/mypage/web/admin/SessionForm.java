package jp.mypage.web.admin;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import jp.mypage.domain.training.SessionTerms;
import jp.mypage.training.SessionView;
import jp.mypage.web.support.DateTimes;

/**
 * The 開催回 form of {@code /admin/course}: a date with a start and an end time, 申込締切 as a date
 * and a time, the venue or the meeting URL, 定員. Times are typed in Japan time. {@code id} null: a
 * new session; otherwise the session and the version the operator saw.
 */
public class SessionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final long version;
    private LocalDate date;
    private LocalTime startTime;
    private LocalTime endTime;
    private LocalDate deadlineDate;
    private LocalTime deadlineTime;
    private String venue;
    private String meetingUrl;
    private Integer capacity;

    private SessionForm(Long id, long version) {
        this.id = id;
        this.version = version;
    }

    static SessionForm blank() {
        return new SessionForm(null, 0);
    }

    static SessionForm of(SessionView session) {
        SessionForm form = new SessionForm(session.id(), session.version());
        ZonedDateTime start = session.startsAt().atZone(DateTimes.JAPAN);
        ZonedDateTime deadline = session.deadline().atZone(DateTimes.JAPAN);
        form.date = start.toLocalDate();
        form.startTime = start.toLocalTime();
        form.endTime = session.endsAt().atZone(DateTimes.JAPAN).toLocalTime();
        form.deadlineDate = deadline.toLocalDate();
        form.deadlineTime = deadline.toLocalTime();
        form.venue = session.venue();
        form.meetingUrl = session.meetingUrl();
        form.capacity = session.capacity();
        return form;
    }

    SessionTerms terms() {
        return new SessionTerms(at(date, startTime), at(date, endTime), at(deadlineDate, deadlineTime), venue, meetingUrl,
                capacity == null ? 0 : capacity);
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day == null || time == null ? null : ZonedDateTime.of(day, time, DateTimes.JAPAN).toInstant();
    }

    public boolean isNew() {
        return id == null;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public LocalDate getDeadlineDate() {
        return deadlineDate;
    }

    public void setDeadlineDate(LocalDate deadlineDate) {
        this.deadlineDate = deadlineDate;
    }

    public LocalTime getDeadlineTime() {
        return deadlineTime;
    }

    public void setDeadlineTime(LocalTime deadlineTime) {
        this.deadlineTime = deadlineTime;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getMeetingUrl() {
        return meetingUrl;
    }

    public void setMeetingUrl(String meetingUrl) {
        this.meetingUrl = meetingUrl;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
