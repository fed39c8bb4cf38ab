using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Observatory.Api.Data;
using Observatory.Warehouse.Access;

namespace Observatory.Api.Endpoints;

/// <summary><c>GET /health</c>: 200 with the edition served, or 503 when nothing is published.</summary>
internal static class HealthEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapGet("/health", (PublishedWarehouse warehouse) =>
    {
        try
        {
            using var lease = warehouse.Acquire();
            var edition = EditionCatalog.Of(lease).Edition;
            return Results.Json(new { status = "ok", edition = edition.Run, publishedAt = edition.BuiltAt });
        }
        catch (WarehouseUnavailableException ex)
        {
            return Results.Json(new { status = "unavailable", message = ex.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    });
}
