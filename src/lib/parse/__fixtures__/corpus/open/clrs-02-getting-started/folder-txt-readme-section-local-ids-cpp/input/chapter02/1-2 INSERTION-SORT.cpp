//INSERTION-SORT, either largest-first or smallest-first

void Insertion_Sort( int arr[], int n)
{
    int i, j;
    for (i = 1; i!= n; ++i)
    {
        for (j = i; j > 0 && arr[j] > arr[j-1]; --j)  //largest first
      //for (j = i; j > 0 && arr[j] < arr[j-1]; --j)  //smallest first
        {
            int tmp = arr[j];
            arr[j] = arr[j-1];
            arr[j-1] = tmp;
        }
    }
}
