using System.Text;

namespace Observatory.SampleData.Internal;

/// <summary>
/// Derives a <see cref="Random"/> from the user seed and a stable key such as (source, department, year), with
/// FNV-1a over UTF-8 bytes: the same key always gives the same stream, whatever the iteration order.
/// </summary>
internal static class StableSeed
{
    public static Random For(int seed, params string[] key) => new(Derive(seed, key));

    public static int Derive(int seed, params string[] key)
    {
        unchecked
        {
            var hash = 14695981039346656037UL;
            foreach (var b in Encoding.UTF8.GetBytes(seed.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + string.Join('|', key)))
            {
                hash ^= b;
                hash *= 1099511628211UL;
            }

            return (int)((hash ^ (hash >> 32)) & 0x7FFFFFFF);
        }
    }
}
