package vn.dacsan.department.application;

import java.time.LocalDate;

/** A complaint just received: its private link's token (shown once, emailed if possible) and its due date. */
public record SubmittedFeedback(long id, String token, LocalDate dueOn) {

    public String path() {
        return "/gop-y/" + token;
    }
}
