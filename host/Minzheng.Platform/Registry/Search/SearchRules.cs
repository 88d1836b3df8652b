using Minzheng.Platform.Registry.Common;
using Minzheng.Sdk.Endpoints;
using Minzheng.Sdk.Registry;

namespace Minzheng.Platform.Registry.Search;

/// <summary>Reads a search from the query string.</summary>
internal static class SearchRules
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static PersonSearch? Check(PersonSearchQuery query, DateOnly today, FieldErrors errors)
    {
        IdNumber? idNumber = null;
        if (!string.IsNullOrWhiteSpace(query.IdNumber))
        {
            if (IdNumber.TryParse(query.IdNumber, today, out var parsed, out var error))
            {
                idNumber = parsed;
            }
            else
            {
                errors.Add("idNumber", error);
            }
        }

        var division = string.IsNullOrWhiteSpace(query.Division) ? null : query.Division.Trim();
        if (division is not null && !DivisionCode.IsValidFormat(division))
        {
            errors.Add("division", "区划代码应为6位（区）、9位（镇街）或12位（村居）数字");
        }

        ResidentStatus? status = null;
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            if (Choices.TryParse<ResidentStatus>(query.Status, Choices.Status, out var parsed))
            {
                status = parsed;
            }
            else
            {
                errors.Add("status", $"状态应为{Choices.List(Choices.Status)}之一");
            }
        }

        var page = query.Page ?? 1;
        if (page < 1)
        {
            errors.Add("page", "页码从1开始");
        }
        var pageSize = query.PageSize ?? DefaultPageSize;
        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"每页条数应在1至{MaxPageSize}之间");
        }

        var sort = PersonSort.RegisteredAt;
        if (!string.IsNullOrWhiteSpace(query.Sort))
        {
            switch (query.Sort.Trim().ToLowerInvariant())
            {
                case "name": sort = PersonSort.Name; break;
                case "birthdate": sort = PersonSort.BirthDate; break;
                case "registeredat": sort = PersonSort.RegisteredAt; break;
                default: errors.Add("sort", "排序字段应为 name（姓名）、birthDate（出生日期）或 registeredAt（登记时间）"); break;
            }
        }

        var name = string.IsNullOrWhiteSpace(query.Name) ? null : query.Name.Trim();
        return !errors.HasErrors ? new PersonSearch(name, idNumber, division, status, page, pageSize, sort, query.Desc ?? false) : null;
    }
}
