package jp.mypage.web.mypage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.mypage.training.CourseView;
import jp.mypage.training.TrainingCatalogue;

/** A training's page, {@code /mypage/training?id=}: what it is, its price 税込, キャンセル規定, and its sessions with 残席. */
@Named
@RequestScoped
public class TrainingBacking {

    @Inject
    private TrainingCatalogue catalogue;

    private String id;
    private CourseView course;

    /** The view action: an unknown, unpublished or malformed id shows "not found", never an error page. */
    public void load() {
        course = Ids.parse(id).flatMap(catalogue::findTraining).orElse(null);
    }

    public CourseView getCourse() {
        return course;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
