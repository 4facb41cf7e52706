#include <utility>

namespace clrs
{
    template <typename RandomAccessIterator>
    void reverse_insertion_sort1(RandomAccessIterator first,
                                 RandomAccessIterator last)
    {
        for (auto i = first; i != last; ++i)
        {
            auto key = *i;
            auto j   = i - 1;

            for (; j >= first && *j < key; --j)
            {
                *(j + 1) = *j;
            }

            *(j + 1) = key;
        }
    }

    /*
     * Shorter, but it may run slower: it dereferences iterators more often
     * and swaps elements where the first version just assigns them.
     */

    template <typename RandomAccessIterator>
    void reverse_insertion_sort2(RandomAccessIterator first,
                                 RandomAccessIterator last)
    {
        for (auto i = first; i != last; ++i)
        {
            for (auto j = i; j >= first && *j > *(j - 1); --j)
            {
                std::swap(*j, *(j - 1));
            }
        }
    }
}
