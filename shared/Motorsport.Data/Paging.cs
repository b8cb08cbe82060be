using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Motorsport.ServiceDefaults;

namespace Motorsport.Data;

/// <summary>
/// Query-string paging shared by every list endpoint: <c>?page=1&amp;pageSize=50</c>. The page is bounded so that the rows
/// skipped, page × size, always fit the database's integer.
/// </summary>
public sealed record PageQuery([property: Range(1, 1_000_000)] int? Page, [property: Range(1, 200)] int? PageSize)
{
    public int PageNumber => Page ?? 1;

    public int Size => PageSize ?? 50;
}

public static class PagingExtensions
{
    /// <summary>Pages an already ordered query; callers order by a unique key last so pages never overlap.</summary>
    public static async Task<PagedResult<TResult>> ToPageAsync<TEntity, TResult>(
        this IOrderedQueryable<TEntity> query, PageQuery paging, Func<TEntity, TResult> map, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((paging.PageNumber - 1) * paging.Size).Take(paging.Size).ToListAsync(cancellationToken);
        return new PagedResult<TResult>(items.Select(map).ToList(), paging.PageNumber, paging.Size, total);
    }
}
