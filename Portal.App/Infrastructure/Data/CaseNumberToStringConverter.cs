using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Domain.Cases;

namespace Portal.App.Infrastructure.Data;

public sealed class CaseNumberToStringConverter() : ValueConverter<CaseNumber, string>(number => number.Digits, digits => CaseNumber.Parse(digits));
