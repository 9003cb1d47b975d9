package uk.frontdoor.staff.workitem;

import java.util.List;

/** Information the requester added, ready to show; {@code unread} until a member of staff first opened it. */
public record RequesterNote(String when, boolean unread, List<String> lines) {
}
