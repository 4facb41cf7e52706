//merging step

void Merge(int arr[], int p, int q, int r)
{
    //p starts the range, r ends it, q splits it
    int n1=q-p+1, n2=r-q;
    int i, j, k;
    
    //copy out the two sorted halves
    int *left = new int[n1];
    int *right = new int[n2];
    for ( i=0; i!=n1; ++i)
        left[i] = arr[p+i];
    for ( j=0; j!=n2; ++j)
        right[j] = arr[q+1+j];
    
    //interleave the two halves
    i = j = 0;
    k = p;
    while(i!=n1 && j!=n2)
    {
        if(left[i] < right[j])
            arr[k++] = left[i++];
        else
            arr[k++] = right[j++];
    }
    
    //copy whatever is left over
    if(i!=n1)
    {
        while(i!=n1)
            arr[k++] = left[i++];
    }
    if(j!=n2)
    {
        while(j!=n2)
            arr[k++] = right[j++];
    }
    
    delete [] left;
    delete [] right;
}
