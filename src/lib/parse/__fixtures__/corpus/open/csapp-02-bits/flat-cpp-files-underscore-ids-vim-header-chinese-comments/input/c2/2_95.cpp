/*************************************************************************
    > File Name: 2_95.cpp
    > Author: Amano Sei
    > Mail: author@example.com 
    > Created Time: 2019年08月29日 星期四 18时45分15秒
 ************************************************************************/

#include <cstdio>
#include <iostream>
#include <cstring>
#include <algorithm>
#include <cmath>
#include "float_bits.h"
using namespace std;

float_bits float_half(float_bits f){
    unsigned exp = f>>23 & 0xff;
    if(exp < 2){
        return (f<<1>>2 | f&0x80000000)+((f&1)&&(f&2));
    }else if(exp < 255)
        return f-0x800000;
    else
        return f;
}

int main(){
    unsigned cur = 0, cans;
    float cf;
    int d = 0;
    do{
        cans = float_half(cur);
        cf = u2f(cur);
        //一开始漏了向偶数舍入，好在很快就发现了，乘0.5的舍入本来也好处理
        //起先忘了浮点字面量默认是double，u2f的结果和0.5倍对不上，位模式却一模一样...折腾半天才明白是拿舍入过的float和没舍入的double比，float转成double再比当然不相等（（（
        if(isnan(cf) && cans!=cur || !isnan(cf) && 0.5f*cf!=u2f(cans))
            printf("warning... %x %x %x\n", cur, cans, getfb(cf*0.5f));
        cur++;
        if(cur % 0x10000000 == 0)
            printf("%d/16 done\n", ++d);
    }while(cur);
    printf("all done\n");
	return 0;
}

