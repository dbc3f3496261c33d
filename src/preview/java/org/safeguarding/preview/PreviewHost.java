package org.safeguarding.preview;

import java.nio.file.Path;
import java.util.List;
import sun.misc.Signal;

/**
 * {@code mvn -Ppreview}: starts the preview host on http://localhost:2990/ (or the port given) and serves until
 * Ctrl-C (or a stop signal), which stops it cleanly: the server closes, it says so, and the process ends with
 * success, so Maven does not report a failure.
 */
public final class PreviewHost {
    private PreviewHost() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 2990;
        Path webPackages = Path.of(System.getProperty("safeguarding.preview-web", "target/preview-web/node_modules"));
        PreviewServer preview = PreviewServer.start(port, webPackages);
        for (String stop : List.of("INT", "TERM")) {
            Signal.handle(new Signal(stop), signal -> stop(preview));
        }
        System.out.println("Safeguarding for Jira preview: listening on " + preview.base() + "/  (Ctrl-C stops it)");
        preview.join();
    }

    private static void stop(PreviewServer preview) {
        try {
            preview.close();
            System.out.println("Safeguarding for Jira preview: stopped");
            System.exit(0);
        } catch (Exception e) {
            System.err.println("Safeguarding for Jira preview: did not stop cleanly: " + e.getMessage());
            System.exit(1);
        }
    }
}
