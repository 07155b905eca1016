using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace ErrorCodeAnalyzers.CatalogGenerator;

/// <summary>A JSON value that remembers where it stands in its file, so errors can point at it.</summary>
public abstract record JsonValueNode(int Line, int Column);

public sealed record JsonObjectNode(int Line, int Column, IReadOnlyList<KeyValuePair<string, JsonValueNode>> Properties)
    : JsonValueNode(Line, Column)
{
    public JsonValueNode? Get(string name)
    {
        foreach (var property in Properties)
        {
            if (property.Key == name)
            {
                return property.Value;
            }
        }

        return null;
    }
}

public sealed record JsonArrayNode(int Line, int Column, IReadOnlyList<JsonValueNode> Items) : JsonValueNode(Line, Column);

public sealed record JsonStringNode(int Line, int Column, string Value) : JsonValueNode(Line, Column);

public sealed record JsonNumberNode(int Line, int Column, string RawText) : JsonValueNode(Line, Column);

public sealed record JsonLiteralNode(int Line, int Column, bool? Value) : JsonValueNode(Line, Column);

public sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(string message, int line, int column) : base(message)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }
}

/// <summary>Parses JSON into <see cref="JsonValueNode"/>s with 1-based line and column positions.</summary>
public static class PositionedJsonParser
{
    public static JsonValueNode Parse(byte[] utf8)
    {
        var lineStarts = ComputeLineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read())
            {
                throw new JsonSyntaxException("the file is empty", 1, 1);
            }

            var root = ReadValue(ref reader, utf8, lineStarts);
            if (reader.Read())
            {
                var (line, column) = Position(lineStarts, utf8, reader.TokenStartIndex);
                throw new JsonSyntaxException("unexpected content after the root value", line, column);
            }

            return root;
        }
        catch (JsonException e)
        {
            throw new JsonSyntaxException(
                "invalid JSON: " + e.Message,
                (int)(e.LineNumber ?? 0) + 1,
                (int)(e.BytePositionInLine ?? 0) + 1);
        }
    }

    private static JsonValueNode ReadValue(ref Utf8JsonReader reader, byte[] utf8, List<int> lineStarts)
    {
        var (line, column) = Position(lineStarts, utf8, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<KeyValuePair<string, JsonValueNode>>();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var (nameLine, nameColumn) = Position(lineStarts, utf8, reader.TokenStartIndex);
                    var name = reader.GetString()!;
                    if (!seen.Add(name))
                    {
                        throw new JsonSyntaxException($"duplicate property '{name}'", nameLine, nameColumn);
                    }

                    reader.Read();
                    properties.Add(new KeyValuePair<string, JsonValueNode>(name, ReadValue(ref reader, utf8, lineStarts)));
                }

                return new JsonObjectNode(line, column, properties);
            case JsonTokenType.StartArray:
                var items = new List<JsonValueNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, utf8, lineStarts));
                }

                return new JsonArrayNode(line, column, items);
            case JsonTokenType.String:
                return new JsonStringNode(line, column, reader.GetString()!);
            case JsonTokenType.Number:
                return new JsonNumberNode(line, column, Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return new JsonLiteralNode(line, column, true);
            case JsonTokenType.False:
                return new JsonLiteralNode(line, column, false);
            case JsonTokenType.Null:
                return new JsonLiteralNode(line, column, null);
            default:
                throw new JsonSyntaxException($"unexpected token {reader.TokenType}", line, column);
        }
    }

    private static List<int> ComputeLineStarts(byte[] utf8)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    private static (int Line, int Column) Position(List<int> lineStarts, byte[] utf8, long offset)
    {
        var index = lineStarts.BinarySearch((int)offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        var start = lineStarts[index];
        var column = Encoding.UTF8.GetCharCount(utf8, start, (int)offset - start) + 1;
        return (index + 1, column);
    }
}
