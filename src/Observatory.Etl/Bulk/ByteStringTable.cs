using System.Buffers.Binary;

namespace Observatory.Etl.Bulk;

/// <summary>
/// The distinct byte strings of one cell, numbered 0, 1, 2… in order of first appearance, with how
/// many times each was seen: an open-addressing hash table over a byte arena, so that looking up a
/// field allocates nothing.
/// </summary>
internal sealed class ByteStringTable
{
    private int[] _buckets = new int[64];
    private int[] _hashes = new int[16];
    private int[] _offsets = new int[16];
    private int[] _lengths = new int[16];
    private long[] _counts = new long[16];
    private byte[] _arena = new byte[1024];
    private int _arenaUsed;

    /// <summary>Distinct strings so far.</summary>
    public int Count { get; private set; }

    /// <summary>The bytes of string <paramref name="code"/>.</summary>
    public ReadOnlySpan<byte> this[int code] => _arena.AsSpan(_offsets[code], _lengths[code]);

    /// <summary>How many times string <paramref name="code"/> was added.</summary>
    public long CountOf(int code) => _counts[code];

    /// <summary>Counts one more occurrence of string <paramref name="code"/>.</summary>
    public void Increment(int code) => _counts[code]++;

    /// <summary>The code of <paramref name="key"/>, numbering it if new; counts <paramref name="times"/> occurrences.</summary>
    public int Add(ReadOnlySpan<byte> key, long times = 1)
    {
        var hash = Hash(key);
        var mask = _buckets.Length - 1;
        var bucket = hash & mask;
        while (true)
        {
            var entry = _buckets[bucket] - 1;
            if (entry < 0)
            {
                break;
            }

            if (_hashes[entry] == hash && key.SequenceEqual(_arena.AsSpan(_offsets[entry], _lengths[entry])))
            {
                _counts[entry] += times;
                return entry;
            }

            bucket = (bucket + 1) & mask;
        }

        var code = Insert(key, hash, times);
        _buckets[bucket] = code + 1;
        if (Count * 2 > _buckets.Length)
        {
            Rehash();
        }

        return code;
    }

    private int Insert(ReadOnlySpan<byte> key, int hash, long times)
    {
        var code = Count++;
        if (code == _hashes.Length)
        {
            Array.Resize(ref _hashes, code * 2);
            Array.Resize(ref _offsets, code * 2);
            Array.Resize(ref _lengths, code * 2);
            Array.Resize(ref _counts, code * 2);
        }

        if (_arenaUsed + key.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaUsed + key.Length));
        }

        key.CopyTo(_arena.AsSpan(_arenaUsed));
        _hashes[code] = hash;
        _offsets[code] = _arenaUsed;
        _lengths[code] = key.Length;
        _counts[code] = times;
        _arenaUsed += key.Length;
        return code;
    }

    private void Rehash()
    {
        _buckets = new int[_buckets.Length * 2];
        var mask = _buckets.Length - 1;
        for (var code = 0; code < Count; code++)
        {
            var bucket = _hashes[code] & mask;
            while (_buckets[bucket] != 0)
            {
                bucket = (bucket + 1) & mask;
            }

            _buckets[bucket] = code + 1;
        }
    }

    /// <summary>A multiply-xorshift hash over 8-byte words (fields are short), never negative.</summary>
    private static int Hash(ReadOnlySpan<byte> key)
    {
        unchecked
        {
            var h = 0x9E3779B97F4A7C15UL ^ (ulong)key.Length;
            while (key.Length >= 8)
            {
                h = (h ^ BinaryPrimitives.ReadUInt64LittleEndian(key)) * 0xBF58476D1CE4E5B9UL;
                h ^= h >> 29;
                key = key[8..];
            }

            ulong tail = 0;
            for (var i = 0; i < key.Length; i++)
            {
                tail |= (ulong)key[i] << (8 * i);
            }

            h = (h ^ tail) * 0x94D049BB133111EBUL;
            h ^= h >> 31;
            return (int)(h & 0x7FFFFFFF);
        }
    }
}
