package org.turath.files;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Where a camera says a photograph was taken (its EXIF GPS position), read from the file as uploaded. The portal never
 * serves the file itself ({@link Photographs} keeps only its own copies, without it), so this is the one way the
 * position can be kept — for a sender who agreed to share it.
 */
public final class CameraPlace {

    /** A position in degrees. */
    public record Position(double latitude, double longitude) {
    }

    private CameraPlace() {
    }

    /** The position {@code photograph} carries, if it carries a plausible one (not 0,0, within the globe). */
    public static Optional<Position> of(InputStream photograph) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(photograph);
            for (GpsDirectory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
                GeoLocation location = gps.getGeoLocation();
                if (location != null && !location.isZero() && Math.abs(location.getLatitude()) <= 90
                        && Math.abs(location.getLongitude()) <= 180) {
                    return Optional.of(new Position(location.getLatitude(), location.getLongitude()));
                }
            }
            return Optional.empty();
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            // not a photograph it can read, or metadata it cannot: no position
            return Optional.empty();
        }
    }
}
