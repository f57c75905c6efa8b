using System.Globalization;

namespace Yardstick.Evals.LongContext;

/// <summary>One fictional company in a generated registry; <see cref="Parent"/> names another company of the same document, or none.</summary>
public sealed record CompanyRecord(int Number, string Name, string City, int Founded, int Employees, string Ceo, string Product, string? Parent)
{
    /// <summary>The record as it appears in the document (numbers without thousands separators, so answers compare exactly).</summary>
    public string Text => string.Create(CultureInfo.InvariantCulture,
        $"Record {Number:D5}. Company: {Name}. Headquarters: {City}. Founded: {Founded}. Employees: {Employees}. Chief executive: {Ceo}. Main product: {Product}. Parent company: {Parent ?? "none"}.\n");
}
