package org.turath.alerts.internal;

import org.junit.jupiter.api.Test;
import org.turath.alerts.AlertTests;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.RescaleOp;
import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What "check an object" compares: words folded as readers of the three languages write them, and pictures by a hash
 * that survives what happens to a photograph between a museum's inventory and a visitor's phone.
 */
class MatchingTests {

    @Test
    void wordsMeetWhateverTheSpellingOfTheArticleTheVowelsTheHamzaOrTheAccents() {
        assertThat(Words.of("الأسطرلاب")).containsExactly("اسطرلاب");
        assertThat(Words.of("أسطرلاب")).containsExactly("اسطرلاب");
        assertThat(Words.of("وَالمِخْطُوطَة")).containsExactly("مخطوطه");
        assertThat(Words.of("مخطوطة")).containsExactly("مخطوطه");
        assertThat(Words.of("مُصحفٌ مـذهّب")).containsExactly("مصحف", "مذهب");
        assertThat(Words.of("Aiguière en laiton")).containsExactly("aiguiere", "laiton");
        assertThat(Words.of("L'aiguière")).containsExactly("aiguiere");
        assertThat(Words.of("Two brass Bowls, ١٤ cm")).containsExactly("two", "brass", "bowl", "14", "cm");
        assertThat(Words.of("the bowl of the sultan")).containsExactly("bowl", "sultan");
    }

    @Test
    void aPhotographScaledRecompressedOrDarkenedStaysNearAndAnotherPictureDoesNot() throws Exception {
        BufferedImage original = AlertTests.picture(42, 1200, 900);
        long hash = PerceptualHash.of(original);
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(AlertTests.retaken(original, 0.3)));
        BufferedImage darker = new RescaleOp(0.8f, -10, null).filter(original, null);
        BufferedImage framed = new BufferedImage(1240, 940, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = framed.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1240, 940);
        g.drawImage(original, 20, 20, null);
        g.dispose();

        assertThat(PerceptualHash.distance(hash, PerceptualHash.of(small))).isLessThanOrEqualTo(AlertCheck.SIMILAR / 2);
        assertThat(PerceptualHash.distance(hash, PerceptualHash.of(darker))).isLessThanOrEqualTo(AlertCheck.SIMILAR / 2);
        assertThat(PerceptualHash.distance(hash, PerceptualHash.of(framed))).isLessThanOrEqualTo(AlertCheck.SIMILAR);
        for (long other = 1; other <= 20; other++) {
            assertThat(PerceptualHash.distance(hash, PerceptualHash.of(AlertTests.picture(other, 1200, 900))))
                    .as("picture %d", other).isGreaterThan(AlertCheck.SIMILAR);
        }
    }
}
