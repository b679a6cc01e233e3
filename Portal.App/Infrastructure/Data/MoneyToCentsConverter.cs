using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Domain.Payments;

namespace Portal.App.Infrastructure.Data;

public sealed class MoneyToCentsConverter() : ValueConverter<Money, long>(money => money.Cents, cents => Money.FromCents(cents));
