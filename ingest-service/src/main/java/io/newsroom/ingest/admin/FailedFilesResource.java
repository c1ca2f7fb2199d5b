package io.newsroom.ingest.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;

import io.newsroom.ingest.inbox.Shelves;

/**
 * The files in failed/ and their reasons ({@code GET /admin/failed}, open), and re-ingesting one
 * ({@code POST /admin/reingest?file=NAME}, needs the API key): the file goes back to the inbox
 * under its original name and its .error is removed, so it is tried again like a new drop.
 */
@jakarta.ws.rs.Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class FailedFilesResource {

    private static final Logger LOG = Logger.getLogger(FailedFilesResource.class);
    /** failed/ numbers a second failure of the same name: report.txt.1 was report.txt in the inbox. */
    private static final Pattern NUMBERED = Pattern.compile("(.+\\.[^./]+)\\.\\d+");

    @Inject
    Shelves shelves;

    public record FailedFile(String file, String reason) {
    }

    @GET
    @jakarta.ws.rs.Path("/failed")
    public List<FailedFile> failed() throws IOException {
        List<FailedFile> files = new ArrayList<>();
        try (Stream<java.nio.file.Path> all = Files.walk(shelves.failed())) {
            for (java.nio.file.Path p : all.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith(".") || n.endsWith(".error") || Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                java.nio.file.Path error = Shelves.errorOf(p);
                String reason = Files.exists(error) ? Files.readString(error, StandardCharsets.UTF_8).strip() : null;
                files.add(new FailedFile(relative(p), reason));
            }
        }
        return files;
    }

    @POST
    @jakarta.ws.rs.Path("/reingest")
    public Response reingest(@QueryParam("file") String file) throws IOException {
        if (file == null || file.isBlank()) {
            return error(Response.Status.BAD_REQUEST, "say which file: POST /admin/reingest?file=NAME (a name from GET /admin/failed)");
        }
        java.nio.file.Path failed;
        try {
            failed = Shelves.under(shelves.failed(), file);
        } catch (IllegalArgumentException e) {
            return error(Response.Status.BAD_REQUEST, e.getMessage());
        }
        if (file.endsWith(".error") || !Files.isRegularFile(failed, LinkOption.NOFOLLOW_LINKS)) {
            return error(Response.Status.NOT_FOUND, "no file " + file + " in failed/");
        }
        String original = originalName(file);
        java.nio.file.Path target = Shelves.under(shelves.inbox(), original);
        synchronized (shelves) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                return error(Response.Status.CONFLICT, "the inbox already holds a file named " + original);
            }
            Files.createDirectories(target.getParent());
            Files.move(failed, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(Shelves.errorOf(failed));
        }
        LOG.infof("re-ingesting %s as %s", file, original);
        return Response.accepted(Map.of("file", file, "inbox", original)).build();
    }

    static String originalName(String failedName) {
        Matcher m = NUMBERED.matcher(failedName);
        return m.matches() ? m.group(1) : failedName;
    }

    private String relative(java.nio.file.Path p) {
        return shelves.failed().relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
    }

    private static Response error(Response.Status status, String message) {
        return Response.status(status).entity(Map.of("error", message)).build();
    }
}
