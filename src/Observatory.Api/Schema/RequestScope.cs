using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Observatory.Api.Data;
using Observatory.Api.Security;
using Observatory.GraphQL.Errors;
using Observatory.GraphQL.Execution;
using Observatory.Warehouse.Access;

namespace Observatory.Api.Schema;

/// <summary>
/// What one HTTP request works on: the caller (anonymous or analyst) and one lease of the current edition, taken on
/// first use and returned when the response completes, so every field of a request reads the same edition.
/// </summary>
public sealed class RequestScope
{
    public const string UnavailableCode = "WAREHOUSE_UNAVAILABLE";

    private const string ItemKey = "Observatory.RequestScope";

    private readonly Lazy<EditionLease> _lease;

    private RequestScope(HttpContext context, PublishedWarehouse warehouse)
    {
        Analyst = ApiKeyAuthentication.Analyst(context);
        Warehouse = warehouse;
        _lease = new Lazy<EditionLease>(() =>
        {
            var lease = warehouse.Acquire();
            context.Response.RegisterForDispose(lease);
            return lease;
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public AnalystIdentity? Analyst { get; }

    /// <summary>The department whose unmasked values the caller may see, or null.</summary>
    public string? AnalystDepartment => Analyst?.Department;

    public PublishedWarehouse Warehouse { get; }

    /// <summary>The leased edition; a GraphQL error (French) when nothing is published.</summary>
    public EditionLease Lease
    {
        get
        {
            try
            {
                return _lease.Value;
            }
            catch (WarehouseUnavailableException ex)
            {
                throw new GraphQLException(ex.Message, UnavailableCode);
            }
        }
    }

    public EditionCatalog Catalog => EditionCatalog.Of(Lease);

    public static RequestScope Of(ResolveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.UserContext as HttpContext
            ?? throw new InvalidOperationException("The Observatory schema runs inside an HTTP request.");
        return Of(http);
    }

    public static RequestScope Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        lock (http.Items)
        {
            if (http.Items.TryGetValue(ItemKey, out var existing) && existing is RequestScope scope)
            {
                return scope;
            }

            var created = new RequestScope(http, http.RequestServices.GetRequiredService<PublishedWarehouse>());
            http.Items[ItemKey] = created;
            return created;
        }
    }
}
