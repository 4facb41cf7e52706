//merge sort built on Merge()

void Merge_Sort(int arr[], int begin, int end)
{
    if(begin < end) //stop when the range has one element
    {    
        int mid = (begin + end)/2;
    
        Merge_Sort(arr, begin, mid);
        Merge_Sort(arr, mid+1, end);
        Merge(arr, begin, mid, end);
    }
}
