package cn.certdesk.domain.application;

/** One print of an application's rendered certificate through the OS print system. */
public record PrintJob(String printer, int copies, byte[] pdf, String templateName, int templateVersion) {
}
