package org.safeguarding.preview;

import java.nio.file.Path;

/**
 * {@code mvn -Ppreview}: starts the preview host on http://localhost:2990/ (or the port given) and serves until
 * Ctrl-C, which stops it cleanly.
 */
public final class PreviewHost {
    private PreviewHost() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 2990;
        Path webPackages = Path.of(System.getProperty("safeguarding.preview-web", "target/preview-web/node_modules"));
        PreviewServer preview = PreviewServer.start(port, webPackages);
        System.out.println("Safeguarding for Jira preview: listening on " + preview.base() + "/  (Ctrl-C stops it)");
        preview.join();
        System.out.println("Safeguarding for Jira preview: stopped");
    }
}
