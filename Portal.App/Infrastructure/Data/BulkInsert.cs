using System.Data;
using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Portal.App.Infrastructure.Data;

/// <summary>A column whose value a bulk insert takes from the source row, not the entity (a parent's key, an id chosen in advance).</summary>
public sealed record BulkColumn<TSource>(string Name, Func<TSource, object> Value);

/// <summary>
/// Inserts many rows of one entity type inside the context's current transaction, without change tracking: on SQLite
/// one prepared INSERT whose parameters are set for each row, on PostgreSQL a binary COPY. The columns, their value
/// converters and their parameter types come from the EF model (owned types included: an address's columns, phone
/// numbers as the JSON EF writes), so each row is what SaveChanges would have written; keys the database generates
/// are left to it unless a <see cref="BulkColumn{TSource}"/> sets them. For loading a state's caseload (the seed
/// import): 100,000 cases are half a million case rows and millions of payments and actions.
/// </summary>
public static class BulkInsert
{
    public static Task<int> WriteAsync<TEntity>(PortalDbContext db, IAsyncEnumerable<TEntity> rows, Action<int>? progress = null, int progressEvery = 250_000,
        bool intoEmptyTable = false, CancellationToken ct = default) where TEntity : class =>
        WriteAsync(db, rows, row => row, [], progress, progressEvery, intoEmptyTable, ct);

    /// <summary>
    /// Writes the entity <paramref name="entity"/> makes of each source row, with <paramref name="set"/>'s columns taken
    /// from the source; calls <paramref name="progress"/> with the count every <paramref name="progressEvery"/> rows.
    /// <paramref name="intoEmptyTable"/>: the caller knows the table is empty (the seed import checked, in this transaction).
    /// On PostgreSQL the table is then truncated here first, which lets the COPY write its rows frozen and its pages
    /// all-visible (<c>COPY … FREEZE</c>): without it the first read of each page after the load sets hint bits and writes
    /// the page again, and counts visit the heap until a VACUUM has run over millions of rows.
    /// </summary>
    public static async Task<int> WriteAsync<TSource, TEntity>(PortalDbContext db, IAsyncEnumerable<TSource> rows, Func<TSource, TEntity> entity,
        IReadOnlyList<BulkColumn<TSource>> set, Action<int>? progress = null, int progressEvery = 250_000, bool intoEmptyTable = false,
        CancellationToken ct = default) where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk insert runs inside the caller's transaction: all of it or none.");
        var table = Table<TSource>.Of(db, entity, set);
        if (!db.Database.IsNpgsql()) return await InsertAsync(table, transaction, rows, progress, progressEvery, ct);

        var connection = (NpgsqlConnection)transaction.Connection!;
        var postgresTransaction = (NpgsqlTransaction)transaction;
        if (intoEmptyTable)
        {
            // CASCADE reaches only tables that refer to this one, and they are empty too while it is.
            await using var truncate = new NpgsqlCommand($"TRUNCATE {Quote(table.Name)} CASCADE", connection, postgresTransaction);
            await truncate.ExecuteNonQueryAsync(ct);
        }
        var count = await CopyAsync(table, connection, rows, progress, progressEvery, frozen: intoEmptyTable, ct);
        if (table.SetsGeneratedKey is { } key)
        {
            // Ids given in advance: the identity's sequence carries on after the highest.
            await using var next = new NpgsqlCommand($"SELECT setval(pg_get_serial_sequence('{Quote(table.Name)}', '{key}'), (SELECT COALESCE(MAX({Quote(key)}), 0) + 1 FROM {Quote(table.Name)}), false)",
                connection, postgresTransaction);
            await next.ExecuteNonQueryAsync(ct);
        }
        return count;
    }

    private static async Task<int> InsertAsync<TSource>(Table<TSource> table, DbTransaction transaction, IAsyncEnumerable<TSource> rows, Action<int>? progress,
        int progressEvery, CancellationToken ct)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {Quote(table.Name)} ({table.ColumnList}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"@p{i}"))})";
        // Each parameter as EF makes it for its column (its DbType and provider type); then only its value changes.
        var parameters = table.Columns.Select((column, i) => column.Mapping.CreateParameter(command, $"@p{i}", null, nullable: true)).ToArray();
        command.Parameters.AddRange(parameters);
        await command.PrepareAsync(ct);
        var values = new object?[parameters.Length];
        var count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            table.Read(row, values);
            for (var i = 0; i < parameters.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
            await command.ExecuteNonQueryAsync(ct);
            if (++count % progressEvery == 0) progress?.Invoke(count);
        }
        progress?.Invoke(count);
        return count;
    }

    private static async Task<int> CopyAsync<TSource>(Table<TSource> table, NpgsqlConnection connection, IAsyncEnumerable<TSource> rows, Action<int>? progress,
        int progressEvery, bool frozen, CancellationToken ct)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {Quote(table.Name)} ({table.ColumnList}) FROM STDIN (FORMAT BINARY{(frozen ? ", FREEZE" : "")})", ct);
        // Tens of millions of rows: the server may take longer than a command's 30 s to take in a buffer while it
        // writes out its indexes. Cancellation still ends the load.
        copy.Timeout = Timeout.InfiniteTimeSpan;
        var values = new object?[table.Columns.Length];
        var count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            table.Read(row, values);
            await copy.StartRowAsync(ct);
            for (var i = 0; i < values.Length; i++)
            {
                if (values[i] is { } value) await copy.WriteAsync(value, table.Columns[i].Mapping.StoreTypeNameBase, ct);
                else await copy.WriteNullAsync(ct);
            }
            if (++count % progressEvery == 0) progress?.Invoke(count);
        }
        await copy.CompleteAsync(ct);
        progress?.Invoke(count);
        return count;
    }

    private static string Quote(string name) => $"\"{name}\"";

    /// <summary>The table's columns, each read from the entity or, for a <see cref="BulkColumn{TSource}"/>, from the source row.</summary>
    private sealed record Table<TSource>(string Name, Column[] Columns, string? SetsGeneratedKey, Func<TSource, object> Entity, Func<TSource, object>?[] FromSource)
    {
        public string ColumnList => string.Join(", ", Columns.Select(c => Quote(c.Name)));

        public static Table<TSource> Of<TEntity>(PortalDbContext db, Func<TSource, TEntity> entity, IReadOnlyList<BulkColumn<TSource>> set) where TEntity : class
        {
            var type = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
            var name = type.GetTableName()!;
            var store = StoreObjectIdentifier.Table(name, type.GetSchema());
            var fromSource = set.ToDictionary(c => c.Name, c => c.Value);
            var columns = new List<Column>();
            foreach (var property in type.GetProperties())
            {
                var column = property.GetColumnName(store)!;
                if (fromSource.ContainsKey(column) || !(property.IsPrimaryKey() && property.ValueGenerated == ValueGenerated.OnAdd)) columns.Add(Column.Of(property, column, path: []));
            }
            foreach (var owned in type.GetNavigations().Where(n => n.TargetEntityType.IsOwned()))
            {
                columns.AddRange(Column.OwnedBy(owned, store, db));
            }
            var generatedKey = type.FindPrimaryKey()?.Properties is [{ ValueGenerated: ValueGenerated.OnAdd } key] && fromSource.ContainsKey(key.GetColumnName(store)!)
                ? key.GetColumnName(store) : null;
            return new Table<TSource>(name, [.. columns], generatedKey, row => entity(row), [.. columns.Select(c => fromSource.GetValueOrDefault(c.Name))]);
        }

        public void Read(TSource row, object?[] values)
        {
            var entity = Entity(row);
            for (var i = 0; i < Columns.Length; i++) values[i] = FromSource[i] is { } source ? source(row) : Columns[i].ValueOf(entity);
        }
    }

    /// <summary>One column: its mapping, and how to get its stored value from the entity (through owned navigations when <c>path</c> has any).</summary>
    private sealed record Column(string Name, RelationalTypeMapping Mapping, Func<object, object?> ValueOf)
    {
        public static Column Of(IProperty property, string name, INavigation[] path)
        {
            var getter = property.GetGetter();
            var mapping = (RelationalTypeMapping)property.GetTypeMapping();
            var converter = mapping.Converter;
            return new Column(name, mapping, entity =>
            {
                var owner = Follow(entity, path);
                var value = owner is null ? null : getter.GetClrValueUsingContainingEntity(owner);
                return value is null ? null : converter is null ? value : converter.ConvertToProvider(value);
            });
        }

        /// <summary>An owned type's columns: its own columns in the owner's table, or one JSON column for a type stored as JSON.</summary>
        public static IEnumerable<Column> OwnedBy(INavigation navigation, StoreObjectIdentifier store, PortalDbContext db)
        {
            var owned = navigation.TargetEntityType;
            if (owned.IsMappedToJson())
            {
                var getter = navigation.GetGetter();
                var name = owned.GetContainerColumnName()!;
                // The column's type as the model's table has it (jsonb on PostgreSQL, TEXT on SQLite).
                var storeType = db.Model.GetRelationalModel().FindTable(store.Name, store.Schema)!.FindColumn(name)!.StoreType;
                var mapping = db.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(string), storeType)!;
                yield return new Column(name, mapping, entity => Json(owned, getter.GetClrValueUsingContainingEntity(entity)));
                yield break;
            }
            foreach (var property in owned.GetProperties().Where(p => !p.IsPrimaryKey()))
            {
                yield return Of(property, property.GetColumnName(store)!, [navigation]);
            }
        }

        private static object? Follow(object entity, INavigation[] path)
        {
            object? current = entity;
            foreach (var navigation in path) current = current is null ? null : navigation.GetGetter().GetClrValueUsingContainingEntity(current);
            return current;
        }

        // The JSON EF writes for an owned type stored as JSON: an object per element, each property under its JSON name
        // through its own JSON writer (which applies its converter: an enum as its name).
        private static string? Json(IEntityType owned, object? value)
        {
            if (value is null) return null;
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                if (value is System.Collections.IEnumerable elements)
                {
                    writer.WriteStartArray();
                    foreach (var element in elements) WriteObject(writer, owned, element);
                    writer.WriteEndArray();
                }
                else
                {
                    WriteObject(writer, owned, value);
                }
            }
            return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        }

        private static void WriteObject(Utf8JsonWriter writer, IEntityType owned, object element)
        {
            writer.WriteStartObject();
            foreach (var property in owned.GetProperties())
            {
                if (property.GetJsonPropertyName() is not { } name) continue; // the key EF keeps for elements, not stored
                writer.WritePropertyName(name);
                if (property.GetGetter().GetClrValueUsingContainingEntity(element) is { } value)
                {
                    (property.GetJsonValueReaderWriter() ?? property.GetTypeMapping().JsonValueReaderWriter)!.ToJson(writer, value);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }
            writer.WriteEndObject();
        }
    }
}
