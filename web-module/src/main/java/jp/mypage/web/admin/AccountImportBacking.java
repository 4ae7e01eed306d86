package jp.mypage.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.mypage.accountimport.AccountCsvRow;
import jp.mypage.accountimport.AccountImportService;
import jp.mypage.accountimport.CsvFileException;
import jp.mypage.accountimport.ImportPreview;
import jp.mypage.accountimport.ImportProgress;
import jp.mypage.accountimport.ImportReportRow;
import jp.mypage.web.i18n.LocaleBacking;
import jp.mypage.web.i18n.Messages;
import org.omnifaces.util.Faces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * アカウント一括登録, {@code /admin/import}: the template, the upload, a preview that shows every
 * row's problems before anything is written, the commit, its progress, and the report.
 *
 * <p>The view holds ids, not the file: the upload waits in the database and the preview and the
 * progress are read again when missing, so the view state a cluster replicates stays small, and
 * another node can carry on after a failover.
 */
@Named
@ViewScoped
public class AccountImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountImportService imports;

    @Inject
    private LocaleBacking locale;

    private Long uploadId;
    /** Read at most this much of an upload: beyond the 5 MB the service takes, it is refused as too large. */
    private static final int READ_LIMIT = 5 * 1024 * 1024 + 1;

    private transient jakarta.servlet.http.Part file;
    private String fileName;
    private boolean problemsOnly;
    private Long importId;
    /** Read from {@link #uploadId} again when missing (after a failover, on another node). */
    private transient ImportPreview preview;
    /** Read from {@link #importId} again when missing. */
    private transient ImportProgress progress;

    private final LazyDataModel<ImportReportRow> report = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            ImportProgress current = getProgress();
            return current == null ? 0 : current.processedRows();
        }

        @Override
        public List<ImportReportRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return importId == null ? List.of() : imports.reportRows(importId, first, pageSize, locale.getLocale());
        }

        @Override
        public String getRowKey(ImportReportRow row) {
            return String.valueOf(row.rowNumber());
        }
    };

    /** テンプレートをダウンロード. */
    public void downloadTemplate() throws IOException {
        Faces.sendFile(imports.template(locale.getLocale()), "accounts-template.csv", true);
    }

    /** 読み込む: the chosen file (a multipart part) is checked and previewed; nothing is written. */
    public void upload() throws IOException {
        if (file == null) {
            return;
        }
        byte[] content;
        try (java.io.InputStream in = file.getInputStream()) {
            content = in.readNBytes(READ_LIMIT);
        }
        String name = file.getSubmittedFileName();
        file = null;
        receive(content, name);
    }

    private void receive(byte[] content, String name) {
        Long replaced = importId == null ? uploadId : null;
        uploadId = null;
        fileName = name;
        preview = null;
        importId = null;
        progress = null;
        try {
            uploadId = imports.keepUpload(content, fileName, replaced);
            preview = imports.preview(uploadId);
        } catch (CsvFileException e) {
            discardUpload();
            Messages.error(e.messageKey(), e.arguments());
        }
    }

    /** 登録する: the valid rows are created in the background. */
    public void commit() {
        if (uploadId == null || importId != null) {
            return;
        }
        try {
            importId = imports.commit(uploadId);
            uploadId = null;
            refresh();
        } catch (CsvFileException e) {
            Messages.error(e.messageKey(), e.arguments());
        }
    }

    /** The progress bar's poll. */
    public void refresh() {
        if (importId != null) {
            progress = imports.findImport(importId).orElse(null);
        }
    }

    /** 結果をダウンロード. */
    public void downloadReport() throws IOException {
        Optional<byte[]> csv = importId == null ? Optional.empty() : imports.findReport(importId, locale.getLocale());
        if (csv.isPresent()) {
            Faces.sendFile(csv.get(), "import-" + importId + "-report.csv", true);
        } else {
            Messages.error("import.noReport");
        }
    }

    /** Starts over with another file. */
    public void reset() {
        if (importId == null) {
            discardUpload();
        }
        uploadId = null;
        fileName = null;
        preview = null;
        importId = null;
        progress = null;
    }

    private void discardUpload() {
        if (uploadId != null) {
            imports.discardUpload(uploadId);
            uploadId = null;
        }
    }

    public List<AccountCsvRow> getRows() {
        ImportPreview shown = getPreview();
        if (shown == null) {
            return List.of();
        }
        return problemsOnly ? shown.rows().stream().filter(row -> !row.isValid()).toList() : shown.rows();
    }

    public List<String> problems(AccountCsvRow row) {
        return row.problemTexts(locale.getLocale());
    }

    public boolean isRunning() {
        ImportProgress current = getProgress();
        return current != null && current.isRunning();
    }

    public ImportPreview getPreview() {
        if (preview == null && uploadId != null && importId == null) {
            try {
                preview = imports.preview(uploadId);
            } catch (CsvFileException e) {
                uploadId = null;
                Messages.error(e.messageKey(), e.arguments());
            }
        }
        return preview;
    }

    public ImportProgress getProgress() {
        if (progress == null && importId != null) {
            progress = imports.findImport(importId).orElse(null);
        }
        return progress;
    }

    public Long getImportId() {
        return importId;
    }

    public String getFileName() {
        return fileName;
    }

    public LazyDataModel<ImportReportRow> getReport() {
        return report;
    }

    public boolean isProblemsOnly() {
        return problemsOnly;
    }

    public void setProblemsOnly(boolean problemsOnly) {
        this.problemsOnly = problemsOnly;
    }

    public jakarta.servlet.http.Part getFile() {
        return file;
    }

    public void setFile(jakarta.servlet.http.Part file) {
        this.file = file;
    }
}
