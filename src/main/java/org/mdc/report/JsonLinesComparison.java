package org.mdc.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import org.mdc.assessment.Comparison;

/** Compared missions as JSON lines: one object per mission, keys as the CSV columns. */
public final class JsonLinesComparison implements ComparisonRenderer {

  private final JsonGenerator json;

  public JsonLinesComparison(Writer out) throws IOException {
    this.json = new JsonFactory().createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setRootValueSeparator(new SerializedString(""));
  }

  @Override
  public void row(Comparison comparison) throws IOException {
    json.writeStartObject();
    for (ComparisonColumns.Column column : ComparisonColumns.ALL) {
      Object value = column.value().apply(comparison);
      json.writeFieldName(column.id());
      if (value == null) {
        json.writeNull();
      } else if (value instanceof Long) {
        json.writeNumber((Long) value);
      } else if (value instanceof BigDecimal) {
        json.writeNumber((BigDecimal) value);
      } else {
        json.writeString(value.toString());
      }
    }
    json.writeEndObject();
    json.writeRaw('\n');
    json.flush();
  }
}
