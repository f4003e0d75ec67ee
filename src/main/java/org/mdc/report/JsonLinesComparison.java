package org.mdc.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.mdc.assessment.Comparison;

/** Compared missions as JSON lines: one object per mission, keys as the CSV columns. */
public final class JsonLinesComparison implements ComparisonRenderer, ComparisonColumns.Cells {

  private final JsonGenerator json;
  /** The column whose cell comes next in the row being written. */
  private int column;

  public JsonLinesComparison(OutputStream out) throws IOException {
    this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setRootValueSeparator(new SerializedString(""));
  }

  @Override
  public void row(Comparison comparison) throws IOException {
    json.writeStartObject();
    try {
      column = 0;
      ComparisonColumns.write(comparison, this);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    json.writeEndObject();
    json.writeRaw('\n');
  }

  @Override
  public void flush() throws IOException {
    json.flush();
  }

  @Override
  public void text(String value) {
    write(() -> json.writeString(value));
  }

  @Override
  public void count(long value) {
    write(() -> json.writeNumber(value));
  }

  @Override
  public void tenths(long value) {
    write(() -> json.writeNumber(Figures.tenths(value)));
  }

  @Override
  public void none() {
    write(json::writeNull);
  }

  /** A range of estimates as {@code {"min": 70000, "max": 330000}}. */
  @Override
  public void estimate(long min, long max) {
    write(() -> {
      json.writeStartObject();
      json.writeNumberField("min", min);
      json.writeNumberField("max", max);
      json.writeEndObject();
    });
  }

  /** Writes the key of the next column, then its value. */
  private void write(JsonWrite value) {
    try {
      json.writeFieldName(ComparisonColumns.IDS.get(column++));
      value.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface JsonWrite {
    void run() throws IOException;
  }

}
