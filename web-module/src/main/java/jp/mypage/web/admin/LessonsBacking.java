package jp.mypage.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mypage.common.BusinessException;
import jp.mypage.learning.LessonAdministration;
import jp.mypage.learning.LessonView;
import jp.mypage.web.i18n.Messages;
import jakarta.servlet.http.Part;

/**
 * 教材 of a 動画配信 course on {@code /admin/course?id=}: the lessons in order, an upload (video or
 * PDF) that becomes the last lesson, renaming, moving up and down, and removing.
 */
@Named
@ViewScoped
public class LessonsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LessonAdministration administration;

    private Long courseId;
    private List<LessonView> lessons;
    private String newTitle;
    /** The titles as typed in the table, by lesson id (名前を保存 sends one). */
    private Map<Long, String> titles = new HashMap<>();
    private transient Part file;

    public List<LessonView> lessons(long course) {
        if (lessons == null || courseId == null || courseId != course) {
            courseId = course;
            reload();
        }
        return lessons;
    }

    /** 追加する: the chosen file (a multipart part) becomes the course's last lesson, under the title typed. */
    public String add() {
        if (courseId == null || file == null) {
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            administration.add(courseId, newTitle, file.getSubmittedFileName(), in);
            Messages.info("adminLessons.added", file.getSubmittedFileName());
            newTitle = null;
        } catch (BusinessException e) {
            Messages.error(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
        }
        reload();
        return null;
    }

    /** 名前を保存: the row's title, for the version the page showed (a stale page is refused). */
    public void rename(LessonView lesson) {
        String title = titles.get(lesson.id());
        try {
            administration.rename(lesson.id(), lesson.version(), title);
            Messages.info("adminLessons.renamed", title == null ? "" : title.strip());
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        reload();
    }

    public Map<Long, String> getTitles() {
        return titles;
    }

    public void move(LessonView lesson, int direction) {
        act(() -> administration.move(lesson.id(), direction));
    }

    /** A file size as people read it: KB below a megabyte, MB above. */
    public String size(LessonView lesson) {
        long bytes = lesson.sizeBytes();
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " KB" : String.format("%.1f MB", bytes / 1048576.0);
    }

    public void remove(LessonView lesson) {
        act(() -> administration.remove(lesson.id(), lesson.version()));
        Messages.info("adminLessons.removed", lesson.title());
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (BusinessException e) {
            Messages.error(e);
        }
        reload();
    }

    private void reload() {
        lessons = courseId == null ? null : administration.lessons(courseId);
        titles = new HashMap<>();
        if (lessons != null) {
            lessons.forEach(lesson -> titles.put(lesson.id(), lesson.title()));
        }
    }

    public long getMaxUploadMegabytes() {
        return administration.maxUploadBytes() / (1024 * 1024);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }
}
