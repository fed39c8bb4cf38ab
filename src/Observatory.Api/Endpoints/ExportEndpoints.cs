using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Observatory.Api.Data;
using Observatory.Api.Security;
using Observatory.Warehouse.Access;

namespace Observatory.Api.Endpoints;

/// <summary>
/// <c>GET /export/observations.csv</c> and <c>/export/observations.parquet</c>: the observations of a filter, with
/// the same role rules as the GraphQL field, capped at <see cref="DefaultRowLimit"/> rows (setting
/// <c>Observatory:ExportRowLimit</c>); the header <c>X-Total-Count</c> gives the full count and
/// <c>X-Export-Truncated: true</c> says the cap was hit.
/// </summary>
internal static class ExportEndpoints
{
    public const int DefaultRowLimit = 100_000;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/observations.csv", (HttpContext context) => ExportAsync(context, csv: true));
        endpoints.MapGet("/export/observations.parquet", (HttpContext context) => ExportAsync(context, csv: false));
    }

    private static async Task ExportAsync(HttpContext context, bool csv)
    {
        var filter = ExportFilter.Parse(context.Request.Query, out var problem);
        if (problem is not null)
        {
            await Problem(context, StatusCodes.Status400BadRequest, problem).ConfigureAwait(false);
            return;
        }

        var warehouse = (PublishedWarehouse)context.RequestServices.GetService(typeof(PublishedWarehouse))!;
        EditionLease lease;
        try
        {
            lease = warehouse.Acquire();
        }
        catch (WarehouseUnavailableException ex)
        {
            await Problem(context, StatusCodes.Status503ServiceUnavailable, ex.Message).ConfigureAwait(false);
            return;
        }

        using (lease)
        {
            var configuration = (IConfiguration)context.RequestServices.GetService(typeof(IConfiguration))!;
            var limit = configuration.GetValue("Observatory:ExportRowLimit", DefaultRowLimit);
            var department = ApiKeyAuthentication.Analyst(context)?.Department;
            var total = ObservationQueries.Count(lease, filter, department, context.RequestAborted);
            context.Response.Headers["X-Total-Count"] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Response.Headers["X-Export-Truncated"] = total > limit ? "true" : "false";
            context.Response.Headers["X-Edition"] = lease.Edition.RunId;
            var parameters = ObservationQueries.FilterParameters(filter, department);
            parameters["limit"] = (long)limit;
            if (csv)
            {
                context.Response.ContentType = "text/csv; charset=utf-8";
                context.Response.Headers.ContentDisposition = "attachment; filename=\"observations.csv\"";
                await CsvExportWriter.WriteAsync(lease, parameters, context.Response.Body, context.RequestAborted).ConfigureAwait(false);
            }
            else
            {
                context.Response.ContentType = "application/vnd.apache.parquet";
                context.Response.Headers.ContentDisposition = "attachment; filename=\"observations.parquet\"";
                await ParquetExportWriter.WriteAsync(lease, parameters, context.Response.Body, context.RequestAborted).ConfigureAwait(false);
            }
        }
    }

    private static Task Problem(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error = message });
    }
}
