; ModuleID = 'bn_vector.nn'
source_filename = "bn_vector.nn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.nnrt_tensor = type { ptr, i32, [4 x i32], i64, i8, i8, i32, i32, i32 }
%struct.nnrt_model_desc = type { ptr, i64, i64, i64, i64, ptr, i64, i64, i32, i32, double, i32, i64, ptr, i64, i64, float, ptr, ptr, ptr, ptr, i32, i32, i32, double, double, ptr, i64, i64, float, i32, ptr, i32, [3 x i32], ptr }

@.str = private unnamed_addr constant [10 x i8] c"bn_vector\00", align 1
@.str.3 = private unnamed_addr constant [17 x i8] c"h_1.running_mean\00", align 1
@.str.4 = private unnamed_addr constant [16 x i8] c"h_1.running_var\00", align 1
@.str.5 = private unnamed_addr constant [24 x i8] c"h_1.num_batches_tracked\00", align 1
@.str.10 = private unnamed_addr constant [9 x i8] c"train.lr\00", align 1
@.str.11 = private unnamed_addr constant [26 x i8] c"train.h_1.weight.momentum\00", align 1
@.str.12 = private unnamed_addr constant [24 x i8] c"train.h_1.bias.momentum\00", align 1
@.str.13 = private unnamed_addr constant [26 x i8] c"train.h_2.weight.momentum\00", align 1
@.str.14 = private unnamed_addr constant [24 x i8] c"train.h_2.bias.momentum\00", align 1
@.str.15 = private unnamed_addr constant [24 x i8] c"train.y.weight.momentum\00", align 1
@.str.16 = private unnamed_addr constant [22 x i8] c"train.y.bias.momentum\00", align 1
@.str.17 = private unnamed_addr constant [11 x i8] c"h_1.weight\00", align 1
@.str.18 = private unnamed_addr constant [9 x i8] c"h_1.bias\00", align 1
@.str.19 = private unnamed_addr constant [11 x i8] c"h_2.weight\00", align 1
@.str.20 = private unnamed_addr constant [9 x i8] c"h_2.bias\00", align 1
@.str.21 = private unnamed_addr constant [9 x i8] c"y.weight\00", align 1
@.str.22 = private unnamed_addr constant [7 x i8] c"y.bias\00", align 1
@bn_vector_tensors = internal constant [22 x %struct.nnrt_tensor] [%struct.nnrt_tensor { ptr @.str.17, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 0, i8 0, i8 5, i32 5, i32 5, i32 16 }, %struct.nnrt_tensor { ptr @.str.18, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 16, i8 0, i8 0, i32 5, i32 5, i32 17 }, %struct.nnrt_tensor { ptr @.str.3, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 240, i8 3, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.4, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 256, i8 3, i8 5, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.5, i32 1, [4 x i32] [i32 1, i32 0, i32 0, i32 0], i64 272, i8 3, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.19, i32 2, [4 x i32] [i32 5, i32 6, i32 0, i32 0], i64 32, i8 0, i8 1, i32 6, i32 5, i32 18 }, %struct.nnrt_tensor { ptr @.str.20, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 64, i8 0, i8 0, i32 6, i32 5, i32 19 }, %struct.nnrt_tensor { ptr @.str.21, i32 2, [4 x i32] [i32 3, i32 5, i32 0, i32 0], i64 80, i8 0, i8 2, i32 5, i32 3, i32 20 }, %struct.nnrt_tensor { ptr @.str.22, i32 1, [4 x i32] [i32 3, i32 0, i32 0, i32 0], i64 96, i8 0, i8 0, i32 5, i32 3, i32 21 }, %struct.nnrt_tensor { ptr @.str.10, i32 0, [4 x i32] zeroinitializer, i64 112, i8 1, i8 4, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.11, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 128, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.12, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 144, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.13, i32 2, [4 x i32] [i32 5, i32 6, i32 0, i32 0], i64 160, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.14, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 192, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.15, i32 2, [4 x i32] [i32 3, i32 5, i32 0, i32 0], i64 208, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.16, i32 1, [4 x i32] [i32 3, i32 0, i32 0, i32 0], i64 224, i8 1, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.17, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 288, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.18, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 304, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.19, i32 2, [4 x i32] [i32 5, i32 6, i32 0, i32 0], i64 320, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.20, i32 1, [4 x i32] [i32 5, i32 0, i32 0, i32 0], i64 352, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.21, i32 2, [4 x i32] [i32 3, i32 5, i32 0, i32 0], i64 368, i8 2, i8 0, i32 0, i32 0, i32 -1 }, %struct.nnrt_tensor { ptr @.str.22, i32 1, [4 x i32] [i32 3, i32 0, i32 0, i32 0], i64 384, i8 2, i8 0, i32 0, i32 0, i32 -1 }]
@.str.23 = private unnamed_addr constant [2 x i8] c"x\00", align 1
@.str.24 = private unnamed_addr constant [4 x i8] c"h_1\00", align 1
@bn_vector_desc = internal constant %struct.nnrt_model_desc { ptr @.str, i64 6, i64 3, i64 4, i64 576, ptr @bn_vector_tensors, i64 22, i64 63, i32 2, i32 10, double 0.000000e+00, i32 0, i64 0, ptr null, i64 288, i64 112, float 0x3FB99999A0000000, ptr @bn_vector_forward, ptr @bn_vector_grad_step, ptr @bn_vector_update_step, ptr @bn_vector_eval_batch, i32 0, i32 0, i32 10, double 0.000000e+00, double 0.000000e+00, ptr null, i64 0, i64 0, float 0.000000e+00, i32 0, ptr @.str.23, i32 1, [3 x i32] [i32 6, i32 0, i32 0], ptr @.str.24 }

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @bn_vector_matmul_Bx5(ptr nocapture readonly %arg1, ptr nocapture readonly %arg2, ptr nocapture readonly %arg3, ptr nocapture writeonly %result, i64 %n) unnamed_addr #0 {
entry:
  %0 = and i64 %n, -4
  %.not = icmp eq i64 %0, 0
  %1 = getelementptr inbounds i8, ptr %arg3, i64 4
  %2 = getelementptr inbounds i8, ptr %arg3, i64 8
  %3 = getelementptr inbounds i8, ptr %arg3, i64 12
  br i1 %.not, label %i.cond.preheader, label %k.cond.preheader.us

k.end.us:                                         ; preds = %k.body.us
  %4 = load float, ptr %arg3, align 4
  %5 = fadd float %69, %4
  %6 = mul nuw nsw i64 %i0.0306.us, 5
  %7 = getelementptr inbounds float, ptr %result, i64 %6
  store float %5, ptr %7, align 4
  %8 = load float, ptr %1, align 4
  %9 = fadd float %75, %8
  %10 = or disjoint i64 %6, 1
  %11 = getelementptr inbounds float, ptr %result, i64 %10
  store float %9, ptr %11, align 4
  %12 = load float, ptr %2, align 4
  %13 = fadd float %81, %12
  %14 = or disjoint i64 %6, 2
  %15 = getelementptr inbounds float, ptr %result, i64 %14
  store float %13, ptr %15, align 4
  %16 = load float, ptr %3, align 4
  %17 = fadd float %87, %16
  %18 = or disjoint i64 %6, 3
  %19 = getelementptr inbounds float, ptr %result, i64 %18
  store float %17, ptr %19, align 4
  %20 = load float, ptr %arg3, align 4
  %21 = fadd float %70, %20
  %22 = getelementptr i8, ptr %7, i64 20
  store float %21, ptr %22, align 4
  %23 = load float, ptr %1, align 4
  %24 = fadd float %76, %23
  %25 = getelementptr i8, ptr %7, i64 24
  store float %24, ptr %25, align 4
  %26 = load float, ptr %2, align 4
  %27 = fadd float %82, %26
  %28 = getelementptr i8, ptr %7, i64 28
  store float %27, ptr %28, align 4
  %29 = load float, ptr %3, align 4
  %30 = fadd float %88, %29
  %31 = getelementptr i8, ptr %7, i64 32
  store float %30, ptr %31, align 4
  %32 = load float, ptr %arg3, align 4
  %33 = fadd float %71, %32
  %34 = getelementptr i8, ptr %7, i64 40
  store float %33, ptr %34, align 4
  %35 = load float, ptr %1, align 4
  %36 = fadd float %77, %35
  %37 = getelementptr i8, ptr %7, i64 44
  store float %36, ptr %37, align 4
  %38 = load float, ptr %2, align 4
  %39 = fadd float %83, %38
  %40 = getelementptr i8, ptr %7, i64 48
  store float %39, ptr %40, align 4
  %41 = load float, ptr %3, align 4
  %42 = fadd float %89, %41
  %43 = getelementptr i8, ptr %7, i64 52
  store float %42, ptr %43, align 4
  %44 = load float, ptr %arg3, align 4
  %45 = fadd float %72, %44
  %46 = getelementptr i8, ptr %7, i64 60
  store float %45, ptr %46, align 4
  %47 = load float, ptr %1, align 4
  %48 = fadd float %78, %47
  %49 = getelementptr i8, ptr %7, i64 64
  store float %48, ptr %49, align 4
  %50 = load float, ptr %2, align 4
  %51 = fadd float %84, %50
  %52 = getelementptr i8, ptr %7, i64 68
  store float %51, ptr %52, align 4
  %53 = load float, ptr %3, align 4
  %54 = fadd float %90, %53
  %55 = getelementptr i8, ptr %7, i64 72
  store float %54, ptr %55, align 4
  %56 = add nuw nsw i64 %i0.0306.us, 4
  %57 = icmp ult i64 %56, %0
  br i1 %57, label %k.cond.preheader.us, label %i0.cond6.preheader

k.body.us:                                        ; preds = %k.cond.preheader.us, %k.body.us
  %s0_0.0305.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %69, %k.body.us ]
  %s0_1.0304.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %75, %k.body.us ]
  %s0_2.0303.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %81, %k.body.us ]
  %s0_3.0302.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %87, %k.body.us ]
  %s1_0.0301.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %70, %k.body.us ]
  %s1_1.0300.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %76, %k.body.us ]
  %s1_2.0299.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %82, %k.body.us ]
  %s1_3.0298.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %88, %k.body.us ]
  %k.0297.us = phi i64 [ 0, %k.cond.preheader.us ], [ %91, %k.body.us ]
  %s3_3.0296.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %90, %k.body.us ]
  %s3_2.0295.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %84, %k.body.us ]
  %s3_1.0294.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %78, %k.body.us ]
  %s3_0.0293.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %72, %k.body.us ]
  %s2_3.0292.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %89, %k.body.us ]
  %s2_2.0291.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %83, %k.body.us ]
  %s2_1.0290.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %77, %k.body.us ]
  %s2_0.0289.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %71, %k.body.us ]
  %58 = or disjoint i64 %k.0297.us, %92
  %59 = getelementptr inbounds float, ptr %arg1, i64 %58
  %60 = load float, ptr %59, align 4
  %61 = getelementptr float, ptr %94, i64 %k.0297.us
  %62 = load float, ptr %61, align 4
  %63 = getelementptr float, ptr %96, i64 %k.0297.us
  %64 = load float, ptr %63, align 4
  %65 = getelementptr float, ptr %97, i64 %k.0297.us
  %66 = load float, ptr %65, align 4
  %67 = getelementptr inbounds float, ptr %arg2, i64 %k.0297.us
  %68 = load float, ptr %67, align 4
  %69 = tail call float @llvm.fmuladd.f32(float %60, float %68, float %s0_0.0305.us)
  %70 = tail call float @llvm.fmuladd.f32(float %62, float %68, float %s1_0.0301.us)
  %71 = tail call float @llvm.fmuladd.f32(float %64, float %68, float %s2_0.0289.us)
  %72 = tail call float @llvm.fmuladd.f32(float %66, float %68, float %s3_0.0293.us)
  %73 = getelementptr inbounds i8, ptr %67, i64 24
  %74 = load float, ptr %73, align 4
  %75 = tail call float @llvm.fmuladd.f32(float %60, float %74, float %s0_1.0304.us)
  %76 = tail call float @llvm.fmuladd.f32(float %62, float %74, float %s1_1.0300.us)
  %77 = tail call float @llvm.fmuladd.f32(float %64, float %74, float %s2_1.0290.us)
  %78 = tail call float @llvm.fmuladd.f32(float %66, float %74, float %s3_1.0294.us)
  %79 = getelementptr inbounds i8, ptr %67, i64 48
  %80 = load float, ptr %79, align 4
  %81 = tail call float @llvm.fmuladd.f32(float %60, float %80, float %s0_2.0303.us)
  %82 = tail call float @llvm.fmuladd.f32(float %62, float %80, float %s1_2.0299.us)
  %83 = tail call float @llvm.fmuladd.f32(float %64, float %80, float %s2_2.0291.us)
  %84 = tail call float @llvm.fmuladd.f32(float %66, float %80, float %s3_2.0295.us)
  %85 = getelementptr inbounds i8, ptr %67, i64 72
  %86 = load float, ptr %85, align 4
  %87 = tail call float @llvm.fmuladd.f32(float %60, float %86, float %s0_3.0302.us)
  %88 = tail call float @llvm.fmuladd.f32(float %62, float %86, float %s1_3.0298.us)
  %89 = tail call float @llvm.fmuladd.f32(float %64, float %86, float %s2_3.0292.us)
  %90 = tail call float @llvm.fmuladd.f32(float %66, float %86, float %s3_3.0296.us)
  %91 = add nuw nsw i64 %k.0297.us, 1
  %exitcond.not = icmp eq i64 %91, 6
  br i1 %exitcond.not, label %k.end.us, label %k.body.us

k.cond.preheader.us:                              ; preds = %entry, %k.end.us
  %i0.0306.us = phi i64 [ %56, %k.end.us ], [ 0, %entry ]
  %92 = mul nuw nsw i64 %i0.0306.us, 6
  %93 = or disjoint i64 %92, 6
  %94 = getelementptr float, ptr %arg1, i64 %93
  %.idx286.us = mul i64 %i0.0306.us, 24
  %95 = getelementptr i8, ptr %arg1, i64 %.idx286.us
  %96 = getelementptr i8, ptr %95, i64 48
  %97 = getelementptr i8, ptr %95, i64 72
  br label %k.body.us

i0.cond6.preheader:                               ; preds = %k.end.us
  br i1 %.not, label %i.cond.preheader, label %k.cond16.preheader.lr.ph

k.cond16.preheader.lr.ph:                         ; preds = %i0.cond6.preheader
  %98 = getelementptr inbounds i8, ptr %arg3, i64 16
  br label %k.cond16.preheader

k.cond16.preheader:                               ; preds = %k.cond16.preheader.lr.ph, %k.end19
  %i05.0313 = phi i64 [ 0, %k.cond16.preheader.lr.ph ], [ %136, %k.end19 ]
  %99 = mul nuw nsw i64 %i05.0313, 6
  %100 = or disjoint i64 %99, 6
  %101 = getelementptr float, ptr %arg1, i64 %100
  %.idx284 = mul i64 %i05.0313, 24
  %102 = getelementptr i8, ptr %arg1, i64 %.idx284
  %103 = getelementptr i8, ptr %102, i64 48
  %104 = getelementptr i8, ptr %102, i64 72
  br label %k.body17

i.cond.preheader:                                 ; preds = %k.end19, %entry, %i0.cond6.preheader
  %invariant.gep = getelementptr i8, ptr %result, i64 16
  %.not324 = icmp eq i64 %0, %n
  br i1 %.not324, label %i.end, label %j0.cond27.preheader.lr.ph

j0.cond27.preheader.lr.ph:                        ; preds = %i.cond.preheader
  %105 = getelementptr inbounds i8, ptr %arg3, i64 16
  br label %j0.cond27.preheader

k.body17:                                         ; preds = %k.cond16.preheader, %k.body17
  %k15.0312 = phi i64 [ 0, %k.cond16.preheader ], [ %122, %k.body17 ]
  %s3_014.0311 = phi float [ 0.000000e+00, %k.cond16.preheader ], [ %121, %k.body17 ]
  %s2_013.0310 = phi float [ 0.000000e+00, %k.cond16.preheader ], [ %120, %k.body17 ]
  %s1_012.0309 = phi float [ 0.000000e+00, %k.cond16.preheader ], [ %119, %k.body17 ]
  %s0_011.0308 = phi float [ 0.000000e+00, %k.cond16.preheader ], [ %118, %k.body17 ]
  %106 = or disjoint i64 %k15.0312, %99
  %107 = getelementptr inbounds float, ptr %arg1, i64 %106
  %108 = load float, ptr %107, align 4
  %109 = getelementptr float, ptr %101, i64 %k15.0312
  %110 = load float, ptr %109, align 4
  %111 = getelementptr float, ptr %103, i64 %k15.0312
  %112 = load float, ptr %111, align 4
  %113 = getelementptr float, ptr %104, i64 %k15.0312
  %114 = load float, ptr %113, align 4
  %115 = or disjoint i64 %k15.0312, 24
  %116 = getelementptr inbounds float, ptr %arg2, i64 %115
  %117 = load float, ptr %116, align 4
  %118 = tail call float @llvm.fmuladd.f32(float %108, float %117, float %s0_011.0308)
  %119 = tail call float @llvm.fmuladd.f32(float %110, float %117, float %s1_012.0309)
  %120 = tail call float @llvm.fmuladd.f32(float %112, float %117, float %s2_013.0310)
  %121 = tail call float @llvm.fmuladd.f32(float %114, float %117, float %s3_014.0311)
  %122 = add nuw nsw i64 %k15.0312, 1
  %exitcond349.not = icmp eq i64 %122, 6
  br i1 %exitcond349.not, label %k.end19, label %k.body17

k.end19:                                          ; preds = %k.body17
  %123 = load float, ptr %98, align 4
  %124 = fadd float %118, %123
  %.idx280 = mul i64 %i05.0313, 20
  %125 = getelementptr inbounds i8, ptr %result, i64 %.idx280
  %126 = getelementptr inbounds i8, ptr %125, i64 16
  store float %124, ptr %126, align 4
  %127 = load float, ptr %98, align 4
  %128 = fadd float %119, %127
  %129 = getelementptr i8, ptr %125, i64 36
  store float %128, ptr %129, align 4
  %130 = load float, ptr %98, align 4
  %131 = fadd float %120, %130
  %132 = getelementptr i8, ptr %125, i64 56
  store float %131, ptr %132, align 4
  %133 = load float, ptr %98, align 4
  %134 = fadd float %121, %133
  %135 = getelementptr i8, ptr %125, i64 76
  store float %134, ptr %135, align 4
  %136 = add nuw nsw i64 %i05.0313, 4
  %137 = icmp ult i64 %136, %0
  br i1 %137, label %k.cond16.preheader, label %i.cond.preheader

j0.cond27.preheader:                              ; preds = %j0.cond27.preheader.lr.ph, %k.end54
  %i.0322 = phi i64 [ %0, %j0.cond27.preheader.lr.ph ], [ %175, %k.end54 ]
  %.idx279 = mul i64 %i.0322, 24
  %138 = getelementptr i8, ptr %arg1, i64 %.idx279
  %.idx288 = mul i64 %i.0322, 20
  %139 = getelementptr inbounds i8, ptr %result, i64 %.idx288
  %140 = getelementptr i8, ptr %139, i64 8
  br label %k.body38

i.end:                                            ; preds = %k.end54, %i.cond.preheader
  ret void

k.body38:                                         ; preds = %j0.cond27.preheader, %k.body38
  %k36.0318 = phi i64 [ 0, %j0.cond27.preheader ], [ %155, %k.body38 ]
  %s0_335.0317 = phi float [ 0.000000e+00, %j0.cond27.preheader ], [ %154, %k.body38 ]
  %s0_234.0316 = phi float [ 0.000000e+00, %j0.cond27.preheader ], [ %151, %k.body38 ]
  %s0_133.0315 = phi float [ 0.000000e+00, %j0.cond27.preheader ], [ %148, %k.body38 ]
  %s0_032.0314 = phi float [ 0.000000e+00, %j0.cond27.preheader ], [ %145, %k.body38 ]
  %141 = getelementptr float, ptr %138, i64 %k36.0318
  %142 = load float, ptr %141, align 4
  %143 = getelementptr inbounds float, ptr %arg2, i64 %k36.0318
  %144 = load float, ptr %143, align 4
  %145 = tail call float @llvm.fmuladd.f32(float %142, float %144, float %s0_032.0314)
  %146 = getelementptr inbounds i8, ptr %143, i64 24
  %147 = load float, ptr %146, align 4
  %148 = tail call float @llvm.fmuladd.f32(float %142, float %147, float %s0_133.0315)
  %149 = getelementptr inbounds i8, ptr %143, i64 48
  %150 = load float, ptr %149, align 4
  %151 = tail call float @llvm.fmuladd.f32(float %142, float %150, float %s0_234.0316)
  %152 = getelementptr inbounds i8, ptr %143, i64 72
  %153 = load float, ptr %152, align 4
  %154 = tail call float @llvm.fmuladd.f32(float %142, float %153, float %s0_335.0317)
  %155 = add nuw nsw i64 %k36.0318, 1
  %exitcond350.not = icmp eq i64 %155, 6
  br i1 %exitcond350.not, label %k.end40, label %k.body38

k.end40:                                          ; preds = %k.body38
  %156 = getelementptr i8, ptr %139, i64 4
  %157 = getelementptr i8, ptr %139, i64 12
  %158 = load float, ptr %arg3, align 4
  %159 = fadd float %145, %158
  store float %159, ptr %139, align 4
  %160 = load float, ptr %1, align 4
  %161 = fadd float %148, %160
  store float %161, ptr %156, align 4
  %162 = load float, ptr %2, align 4
  %163 = fadd float %151, %162
  store float %163, ptr %140, align 4
  %164 = load float, ptr %3, align 4
  %165 = fadd float %154, %164
  store float %165, ptr %157, align 4
  br label %k.body52

k.body52:                                         ; preds = %k.end40, %k.body52
  %k50.0321 = phi i64 [ 0, %k.end40 ], [ %172, %k.body52 ]
  %s0_049.0320 = phi float [ 0.000000e+00, %k.end40 ], [ %171, %k.body52 ]
  %166 = getelementptr float, ptr %138, i64 %k50.0321
  %167 = load float, ptr %166, align 4
  %168 = or disjoint i64 %k50.0321, 24
  %169 = getelementptr inbounds float, ptr %arg2, i64 %168
  %170 = load float, ptr %169, align 4
  %171 = tail call float @llvm.fmuladd.f32(float %167, float %170, float %s0_049.0320)
  %172 = add nuw nsw i64 %k50.0321, 1
  %exitcond351.not = icmp eq i64 %172, 6
  br i1 %exitcond351.not, label %k.end54, label %k.body52

k.end54:                                          ; preds = %k.body52
  %173 = load float, ptr %105, align 4
  %174 = fadd float %171, %173
  %gep = getelementptr i8, ptr %invariant.gep, i64 %.idx288
  store float %174, ptr %gep, align 4
  %175 = add nuw nsw i64 %i.0322, 1
  %176 = icmp ult i64 %175, %n
  br i1 %176, label %j0.cond27.preheader, label %i.end
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #1

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal void @bn_vector_forward(ptr nocapture align 64 %ws, ptr noalias nocapture readonly align 64 %pw, ptr nocapture readonly %x, ptr nocapture %y, i64 %n) #0 {
entry:
  %h_2_weight = getelementptr inbounds i8, ptr %pw, i64 128
  %h_2_bias = getelementptr inbounds i8, ptr %pw, i64 256
  %h_1_running_mean = getelementptr i8, ptr %pw, i64 960
  %h_1_running_var = getelementptr inbounds i8, ptr %pw, i64 1024
  %h_2 = getelementptr inbounds i8, ptr %ws, i64 1600
  %h_1_stats = getelementptr i8, ptr %ws, i64 2112
  tail call fastcc void @bn_vector_matmul_Bx5(ptr %x, ptr nonnull %h_2_weight, ptr nonnull %h_2_bias, ptr nonnull %h_2, i64 %n)
  tail call void @llvm.memcpy.p0.p0.i64(ptr noundef nonnull align 64 dereferenceable(20) %h_1_stats, ptr noundef nonnull align 64 dereferenceable(20) %h_1_running_mean, i64 20, i1 false)
  %invariant.gep = getelementptr i8, ptr %ws, i64 2132
  %wide.masked.load = tail call <8 x float> @llvm.masked.load.v8f32.p0(ptr nonnull %h_1_running_var, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>, <8 x float> poison)
  %0 = fadd <8 x float> %wide.masked.load, <float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000, float 0x3EE4F8B580000000>
  %1 = tail call <8 x float> @llvm.sqrt.v8f32(<8 x float> %0)
  %2 = fdiv <8 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float poison, float poison, float poison>, %1
  tail call void @llvm.masked.store.v8f32.p0(<8 x float> %2, ptr %invariant.gep, i32 4, <8 x i1> <i1 true, i1 true, i1 true, i1 true, i1 true, i1 false, i1 false, i1 false>)
  %y_pre = getelementptr inbounds i8, ptr %ws, i64 1856
  %h = getelementptr inbounds i8, ptr %ws, i64 1728
  %y_bias = getelementptr inbounds i8, ptr %pw, i64 384
  %y_weight = getelementptr inbounds i8, ptr %pw, i64 320
  %h_1_bias = getelementptr inbounds i8, ptr %pw, i64 64
  %.not.i = icmp eq i64 %n, 0
  br i1 %.not.i, label %j.end.i, label %ch.body.us.i.preheader

ch.body.us.i.preheader:                           ; preds = %entry
  %min.iters.check = icmp ult i64 %n, 9
  %n.mod.vf = and i64 %n, 7
  %3 = icmp eq i64 %n.mod.vf, 0
  %4 = select i1 %3, i64 8, i64 %n.mod.vf
  %n.vec = sub i64 %n, %4
  br label %ch.body.us.i

ch.body.us.i:                                     ; preds = %ch.body.us.i.preheader, %img.cond.img.end_crit_edge.us.i
  %ch.022.us.i = phi i64 [ %94, %img.cond.img.end_crit_edge.us.i ], [ 0, %ch.body.us.i.preheader ]
  %5 = getelementptr inbounds float, ptr %h_1_stats, i64 %ch.022.us.i
  %6 = load float, ptr %5, align 4
  %7 = getelementptr inbounds i8, ptr %5, i64 20
  %8 = load float, ptr %7, align 4
  %9 = getelementptr inbounds float, ptr %pw, i64 %ch.022.us.i
  %10 = load float, ptr %9, align 4
  %11 = fmul float %8, %10
  %12 = getelementptr inbounds float, ptr %h_1_bias, i64 %ch.022.us.i
  %13 = load float, ptr %12, align 4
  br i1 %min.iters.check, label %img.body.us.i.preheader, label %vector.ph39

vector.ph39:                                      ; preds = %ch.body.us.i
  %broadcast.splatinsert43 = insertelement <8 x float> poison, float %6, i64 0
  %broadcast.splat44 = shufflevector <8 x float> %broadcast.splatinsert43, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert45 = insertelement <8 x float> poison, float %11, i64 0
  %broadcast.splat46 = shufflevector <8 x float> %broadcast.splatinsert45, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert47 = insertelement <8 x float> poison, float %13, i64 0
  %broadcast.splat48 = shufflevector <8 x float> %broadcast.splatinsert47, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body41

vector.body41:                                    ; preds = %vector.body41, %vector.ph39
  %index42 = phi i64 [ 0, %vector.ph39 ], [ %index.next49, %vector.body41 ]
  %14 = mul nuw nsw i64 %index42, 5
  %15 = mul nuw i64 %index42, 5
  %16 = or disjoint i64 %15, 5
  %17 = mul nuw i64 %index42, 5
  %18 = add nuw i64 %17, 10
  %19 = mul nuw i64 %index42, 5
  %20 = add nuw i64 %19, 15
  %21 = mul nuw i64 %index42, 5
  %22 = add nuw i64 %21, 20
  %23 = mul nuw i64 %index42, 5
  %24 = add nuw i64 %23, 25
  %25 = mul nuw i64 %index42, 5
  %26 = add nuw i64 %25, 30
  %27 = mul nuw i64 %index42, 5
  %28 = add nuw i64 %27, 35
  %29 = add nuw nsw i64 %14, %ch.022.us.i
  %30 = add nuw nsw i64 %16, %ch.022.us.i
  %31 = add nuw nsw i64 %18, %ch.022.us.i
  %32 = add nuw nsw i64 %20, %ch.022.us.i
  %33 = add nuw nsw i64 %22, %ch.022.us.i
  %34 = add nuw nsw i64 %24, %ch.022.us.i
  %35 = add nuw nsw i64 %26, %ch.022.us.i
  %36 = add nuw nsw i64 %28, %ch.022.us.i
  %37 = getelementptr inbounds float, ptr %h, i64 %29
  %38 = getelementptr inbounds float, ptr %h, i64 %30
  %39 = getelementptr inbounds float, ptr %h, i64 %31
  %40 = getelementptr inbounds float, ptr %h, i64 %32
  %41 = getelementptr inbounds float, ptr %h, i64 %33
  %42 = getelementptr inbounds float, ptr %h, i64 %34
  %43 = getelementptr inbounds float, ptr %h, i64 %35
  %44 = getelementptr inbounds float, ptr %h, i64 %36
  %45 = getelementptr inbounds float, ptr %h_2, i64 %29
  %46 = getelementptr inbounds float, ptr %h_2, i64 %30
  %47 = getelementptr inbounds float, ptr %h_2, i64 %31
  %48 = getelementptr inbounds float, ptr %h_2, i64 %32
  %49 = getelementptr inbounds float, ptr %h_2, i64 %33
  %50 = getelementptr inbounds float, ptr %h_2, i64 %34
  %51 = getelementptr inbounds float, ptr %h_2, i64 %35
  %52 = getelementptr inbounds float, ptr %h_2, i64 %36
  %53 = load float, ptr %45, align 4
  %54 = load float, ptr %46, align 4
  %55 = load float, ptr %47, align 4
  %56 = load float, ptr %48, align 4
  %57 = load float, ptr %49, align 4
  %58 = load float, ptr %50, align 4
  %59 = load float, ptr %51, align 4
  %60 = load float, ptr %52, align 4
  %61 = insertelement <8 x float> poison, float %53, i64 0
  %62 = insertelement <8 x float> %61, float %54, i64 1
  %63 = insertelement <8 x float> %62, float %55, i64 2
  %64 = insertelement <8 x float> %63, float %56, i64 3
  %65 = insertelement <8 x float> %64, float %57, i64 4
  %66 = insertelement <8 x float> %65, float %58, i64 5
  %67 = insertelement <8 x float> %66, float %59, i64 6
  %68 = insertelement <8 x float> %67, float %60, i64 7
  %69 = fsub <8 x float> %68, %broadcast.splat44
  %70 = fmul <8 x float> %broadcast.splat46, %69
  %71 = fadd <8 x float> %broadcast.splat48, %70
  %72 = fcmp olt <8 x float> %71, zeroinitializer
  %73 = select <8 x i1> %72, <8 x float> zeroinitializer, <8 x float> %71
  %74 = extractelement <8 x float> %73, i64 0
  store float %74, ptr %37, align 4
  %75 = extractelement <8 x float> %73, i64 1
  store float %75, ptr %38, align 4
  %76 = extractelement <8 x float> %73, i64 2
  store float %76, ptr %39, align 4
  %77 = extractelement <8 x float> %73, i64 3
  store float %77, ptr %40, align 4
  %78 = extractelement <8 x float> %73, i64 4
  store float %78, ptr %41, align 4
  %79 = extractelement <8 x float> %73, i64 5
  store float %79, ptr %42, align 4
  %80 = extractelement <8 x float> %73, i64 6
  store float %80, ptr %43, align 4
  %81 = extractelement <8 x float> %73, i64 7
  store float %81, ptr %44, align 4
  %index.next49 = add nuw i64 %index42, 8
  %82 = icmp eq i64 %index.next49, %n.vec
  br i1 %82, label %img.body.us.i.preheader, label %vector.body41, !llvm.loop !0

img.body.us.i.preheader:                          ; preds = %vector.body41, %ch.body.us.i
  %img.021.us.i.ph = phi i64 [ 0, %ch.body.us.i ], [ %n.vec, %vector.body41 ]
  br label %img.body.us.i

img.body.us.i:                                    ; preds = %img.body.us.i.preheader, %img.body.us.i
  %img.021.us.i = phi i64 [ %93, %img.body.us.i ], [ %img.021.us.i.ph, %img.body.us.i.preheader ]
  %83 = mul nuw nsw i64 %img.021.us.i, 5
  %84 = add nuw nsw i64 %83, %ch.022.us.i
  %85 = getelementptr inbounds float, ptr %h, i64 %84
  %86 = getelementptr inbounds float, ptr %h_2, i64 %84
  %87 = load float, ptr %86, align 4
  %88 = fsub float %87, %6
  %89 = fmul float %11, %88
  %90 = fadd float %13, %89
  %91 = fcmp olt float %90, 0.000000e+00
  %92 = select i1 %91, float 0.000000e+00, float %90
  store float %92, ptr %85, align 4
  %93 = add nuw nsw i64 %img.021.us.i, 1
  %exitcond.not.i = icmp eq i64 %93, %n
  br i1 %exitcond.not.i, label %img.cond.img.end_crit_edge.us.i, label %img.body.us.i, !llvm.loop !3

img.cond.img.end_crit_edge.us.i:                  ; preds = %img.body.us.i
  %94 = add nuw nsw i64 %ch.022.us.i, 1
  %exitcond24.not.i = icmp eq i64 %94, 5
  br i1 %exitcond24.not.i, label %bn_vector_bn_apply_Bx5_relu.exit, label %ch.body.us.i

bn_vector_bn_apply_Bx5_relu.exit:                 ; preds = %img.cond.img.end_crit_edge.us.i
  %95 = and i64 %n, -4
  %.not.i7 = icmp eq i64 %95, 0
  br i1 %.not.i7, label %j.end.i, label %i0.cond.preheader.us.i

i0.cond.preheader.us.i:                           ; preds = %bn_vector_bn_apply_Bx5_relu.exit, %i0.cond.i0.end_crit_edge.us.i
  %j.085.us.i = phi i64 [ %133, %i0.cond.i0.end_crit_edge.us.i ], [ 0, %bn_vector_bn_apply_Bx5_relu.exit ]
  %invariant.gep.us.i = getelementptr float, ptr %y_pre, i64 %j.085.us.i
  %.idx78.us.i = mul nuw nsw i64 %j.085.us.i, 20
  %96 = getelementptr inbounds i8, ptr %y_weight, i64 %.idx78.us.i
  %97 = getelementptr inbounds float, ptr %y_bias, i64 %j.085.us.i
  %98 = load float, ptr %97, align 4
  br label %k.cond.preheader.us.i

k.end.us.i:                                       ; preds = %k.body.us.i
  %99 = fadd float %124, %98
  %100 = mul nuw nsw i64 %i0.084.us.i, 3
  %101 = or disjoint i64 %100, %j.085.us.i
  %102 = getelementptr inbounds float, ptr %y_pre, i64 %101
  store float %99, ptr %102, align 4
  %103 = fadd float %125, %98
  %104 = or disjoint i64 %100, 3
  %gep.us.i = getelementptr float, ptr %invariant.gep.us.i, i64 %104
  store float %103, ptr %gep.us.i, align 4
  %105 = fadd float %126, %98
  %.idx72.us.i = mul i64 %i0.084.us.i, 12
  %106 = getelementptr i8, ptr %y_pre, i64 %.idx72.us.i
  %107 = getelementptr i8, ptr %106, i64 24
  %108 = getelementptr float, ptr %107, i64 %j.085.us.i
  store float %105, ptr %108, align 4
  %109 = fadd float %127, %98
  %110 = getelementptr i8, ptr %106, i64 36
  %111 = getelementptr float, ptr %110, i64 %j.085.us.i
  store float %109, ptr %111, align 4
  %112 = add nuw nsw i64 %i0.084.us.i, 4
  %113 = icmp ult i64 %112, %95
  br i1 %113, label %k.cond.preheader.us.i, label %i0.cond.i0.end_crit_edge.us.i

k.body.us.i:                                      ; preds = %k.cond.preheader.us.i, %k.body.us.i
  %s0_0.083.us.i = phi float [ 0.000000e+00, %k.cond.preheader.us.i ], [ %124, %k.body.us.i ]
  %s1_0.082.us.i = phi float [ 0.000000e+00, %k.cond.preheader.us.i ], [ %125, %k.body.us.i ]
  %s2_0.081.us.i = phi float [ 0.000000e+00, %k.cond.preheader.us.i ], [ %126, %k.body.us.i ]
  %k.080.us.i = phi i64 [ 0, %k.cond.preheader.us.i ], [ %128, %k.body.us.i ]
  %s3_0.079.us.i = phi float [ 0.000000e+00, %k.cond.preheader.us.i ], [ %127, %k.body.us.i ]
  %114 = getelementptr inbounds float, ptr %129, i64 %k.080.us.i
  %115 = load float, ptr %114, align 4
  %116 = getelementptr float, ptr %130, i64 %k.080.us.i
  %117 = load float, ptr %116, align 4
  %118 = getelementptr float, ptr %131, i64 %k.080.us.i
  %119 = load float, ptr %118, align 4
  %120 = getelementptr float, ptr %132, i64 %k.080.us.i
  %121 = load float, ptr %120, align 4
  %122 = getelementptr inbounds float, ptr %96, i64 %k.080.us.i
  %123 = load float, ptr %122, align 4
  %124 = tail call float @llvm.fmuladd.f32(float %115, float %123, float %s0_0.083.us.i)
  %125 = tail call float @llvm.fmuladd.f32(float %117, float %123, float %s1_0.082.us.i)
  %126 = tail call float @llvm.fmuladd.f32(float %119, float %123, float %s2_0.081.us.i)
  %127 = tail call float @llvm.fmuladd.f32(float %121, float %123, float %s3_0.079.us.i)
  %128 = add nuw nsw i64 %k.080.us.i, 1
  %exitcond.not.i8 = icmp eq i64 %128, 5
  br i1 %exitcond.not.i8, label %k.end.us.i, label %k.body.us.i

k.cond.preheader.us.i:                            ; preds = %k.end.us.i, %i0.cond.preheader.us.i
  %i0.084.us.i = phi i64 [ 0, %i0.cond.preheader.us.i ], [ %112, %k.end.us.i ]
  %.idx74.us.i = mul i64 %i0.084.us.i, 20
  %129 = getelementptr inbounds i8, ptr %h, i64 %.idx74.us.i
  %130 = getelementptr i8, ptr %129, i64 20
  %131 = getelementptr i8, ptr %129, i64 40
  %132 = getelementptr i8, ptr %129, i64 60
  br label %k.body.us.i

i0.cond.i0.end_crit_edge.us.i:                    ; preds = %k.end.us.i
  %133 = add nuw nsw i64 %j.085.us.i, 1
  %exitcond96.not.i = icmp eq i64 %133, 3
  br i1 %exitcond96.not.i, label %j.end.i, label %i0.cond.preheader.us.i

j.end.i:                                          ; preds = %i0.cond.i0.end_crit_edge.us.i, %entry, %bn_vector_bn_apply_Bx5_relu.exit
  %134 = phi i64 [ 0, %bn_vector_bn_apply_Bx5_relu.exit ], [ 0, %entry ], [ %95, %i0.cond.i0.end_crit_edge.us.i ]
  %.not90.i = icmp eq i64 %134, %n
  br i1 %.not90.i, label %bn_vector_matmul_Bx3.exit, label %j.cond6.preheader.i

j.cond6.preheader.i:                              ; preds = %j.end.i, %j.end9.i
  %i.089.i = phi i64 [ %138, %j.end9.i ], [ %134, %j.end.i ]
  %.idx70.i = mul i64 %i.089.i, 20
  %135 = getelementptr i8, ptr %h, i64 %.idx70.i
  %.idx.i = mul i64 %i.089.i, 12
  %136 = getelementptr i8, ptr %y_pre, i64 %.idx.i
  br label %k.cond13.preheader.i

k.cond13.preheader.i:                             ; preds = %k.end16.i, %j.cond6.preheader.i
  %j5.088.i = phi i64 [ 0, %j.cond6.preheader.i ], [ %150, %k.end16.i ]
  %.idx71.i = mul nuw nsw i64 %j5.088.i, 20
  %137 = getelementptr inbounds i8, ptr %y_weight, i64 %.idx71.i
  br label %k.body14.i

j.end9.i:                                         ; preds = %k.end16.i
  %138 = add nuw nsw i64 %i.089.i, 1
  %139 = icmp ult i64 %138, %n
  br i1 %139, label %j.cond6.preheader.i, label %bn_vector_matmul_Bx3.exit

k.body14.i:                                       ; preds = %k.body14.i, %k.cond13.preheader.i
  %k12.087.i = phi i64 [ 0, %k.cond13.preheader.i ], [ %145, %k.body14.i ]
  %s0_011.086.i = phi float [ 0.000000e+00, %k.cond13.preheader.i ], [ %144, %k.body14.i ]
  %140 = getelementptr float, ptr %135, i64 %k12.087.i
  %141 = load float, ptr %140, align 4
  %142 = getelementptr inbounds float, ptr %137, i64 %k12.087.i
  %143 = load float, ptr %142, align 4
  %144 = tail call float @llvm.fmuladd.f32(float %141, float %143, float %s0_011.086.i)
  %145 = add nuw nsw i64 %k12.087.i, 1
  %exitcond97.not.i = icmp eq i64 %145, 5
  br i1 %exitcond97.not.i, label %k.end16.i, label %k.body14.i

k.end16.i:                                        ; preds = %k.body14.i
  %146 = getelementptr inbounds float, ptr %y_bias, i64 %j5.088.i
  %147 = load float, ptr %146, align 4
  %148 = fadd float %144, %147
  %149 = getelementptr float, ptr %136, i64 %j5.088.i
  store float %148, ptr %149, align 4
  %150 = add nuw nsw i64 %j5.088.i, 1
  %exitcond98.not.i = icmp eq i64 %150, 3
  br i1 %exitcond98.not.i, label %j.end9.i, label %k.cond13.preheader.i

bn_vector_matmul_Bx3.exit:                        ; preds = %j.end9.i, %j.end.i
  br i1 %.not.i, label %bn_vector_softmax_Bx3.exit, label %i.body.i

i.body.i:                                         ; preds = %bn_vector_matmul_Bx3.exit, %j.cond10.preheader.i
  %i.039.i = phi i64 [ %160, %j.cond10.preheader.i ], [ 0, %bn_vector_matmul_Bx3.exit ]
  %151 = mul nuw nsw i64 %i.039.i, 3
  %152 = getelementptr inbounds float, ptr %y_pre, i64 %151
  %153 = load float, ptr %152, align 4
  br label %j.body.i

j.body.i:                                         ; preds = %j.body.i, %i.body.i
  %j.035.i = phi i64 [ 0, %i.body.i ], [ %157, %j.body.i ]
  %mx.034.i = phi float [ %153, %i.body.i ], [ %156, %j.body.i ]
  %154 = getelementptr inbounds float, ptr %152, i64 %j.035.i
  %155 = load float, ptr %154, align 4
  %156 = tail call float @llvm.maxnum.f32(float %mx.034.i, float %155)
  %157 = add nuw nsw i64 %j.035.i, 1
  %exitcond.not.i10 = icmp eq i64 %157, 3
  br i1 %exitcond.not.i10, label %j.body5.i, label %j.body.i

j.cond10.preheader.i:                             ; preds = %j.body5.i
  %158 = getelementptr inbounds float, ptr %y, i64 %151
  %broadcast.splatinsert60 = insertelement <4 x float> poison, float %167, i64 0
  %broadcast.splat61 = shufflevector <4 x float> %broadcast.splatinsert60, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %wide.masked.load59 = tail call <4 x float> @llvm.masked.load.v4f32.p0(ptr %158, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison)
  %159 = fdiv <4 x float> %wide.masked.load59, %broadcast.splat61
  tail call void @llvm.masked.store.v4f32.p0(<4 x float> %159, ptr %158, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>)
  %160 = add nuw nsw i64 %i.039.i, 1
  %exitcond43.not.i = icmp eq i64 %160, %n
  br i1 %exitcond43.not.i, label %bn_vector_softmax_Bx3.exit, label %i.body.i

j.body5.i:                                        ; preds = %j.body.i, %j.body5.i
  %j3.037.i = phi i64 [ %168, %j.body5.i ], [ 0, %j.body.i ]
  %sum.036.i = phi float [ %167, %j.body5.i ], [ 0.000000e+00, %j.body.i ]
  %161 = add nuw nsw i64 %j3.037.i, %151
  %162 = getelementptr inbounds float, ptr %y, i64 %161
  %163 = getelementptr inbounds float, ptr %y_pre, i64 %161
  %164 = load float, ptr %163, align 4
  %165 = fsub float %164, %156
  %166 = tail call float @llvm.exp.f32(float %165)
  store float %166, ptr %162, align 4
  %167 = fadd reassoc float %sum.036.i, %166
  %168 = add nuw nsw i64 %j3.037.i, 1
  %exitcond41.not.i = icmp eq i64 %168, 3
  br i1 %exitcond41.not.i, label %j.cond10.preheader.i, label %j.body5.i

bn_vector_softmax_Bx3.exit:                       ; preds = %j.cond10.preheader.i, %bn_vector_matmul_Bx3.exit
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #1

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal float @bn_vector_grad_step(ptr align 64 %ws, ptr nocapture readnone %rng, ptr nocapture readonly %x, ptr nocapture readonly %target, i64 %n, ptr nocapture writeonly %correct) #2 {
entry:
  %ws793 = ptrtoint ptr %ws to i64
  %h_2_weight = getelementptr inbounds i8, ptr %ws, i64 128
  %h_2_bias = getelementptr inbounds i8, ptr %ws, i64 256
  %y_weight = getelementptr inbounds i8, ptr %ws, i64 320
  %h_1_running_mean = getelementptr inbounds i8, ptr %ws, i64 960
  %h_1_running_var = getelementptr inbounds i8, ptr %ws, i64 1024
  %d_h_1_weight = getelementptr inbounds i8, ptr %ws, i64 1152
  %d_h_2_weight = getelementptr inbounds i8, ptr %ws, i64 1280
  %d_y_weight = getelementptr inbounds i8, ptr %ws, i64 1472
  %h_2 = getelementptr inbounds i8, ptr %ws, i64 1600
  %y_pre = getelementptr inbounds i8, ptr %ws, i64 1856
  %h_1_stats = getelementptr inbounds i8, ptr %ws, i64 2112
  %y = getelementptr inbounds i8, ptr %ws, i64 2176
  tail call fastcc void @bn_vector_matmul_Bx5(ptr %x, ptr nonnull %h_2_weight, ptr nonnull %h_2_bias, ptr nonnull %h_2, i64 %n)
  %.not = icmp eq i64 %n, 0
  %0 = uitofp i64 %n to float
  %1 = icmp ugt i64 %n, 1
  %2 = fadd float %0, -1.000000e+00
  %3 = fdiv float 0.000000e+00, %0
  %min.iters.check718 = icmp ult i64 %n, 32
  %n.vec721 = and i64 %n, -32
  %cmp.n733 = icmp eq i64 %n.vec721, %n
  %min.iters.check = icmp ult i64 %n, 32
  %n.vec = and i64 %n, -32
  %cmp.n = icmp eq i64 %n.vec, %n
  br label %img.cond.preheader

img.cond.preheader:                               ; preds = %img.cond.preheader.backedge, %entry
  %ch.0451 = phi i64 [ 0, %entry ], [ %ch.0451.be, %img.cond.preheader.backedge ]
  br i1 %.not, label %img.end8, label %px.cond.preheader.lr.ph

px.cond.preheader.lr.ph:                          ; preds = %img.cond.preheader
  %invariant.gep = getelementptr float, ptr %h_2, i64 %ch.0451
  br i1 %min.iters.check718, label %px.cond.preheader.preheader, label %vector.ph719

vector.ph719:                                     ; preds = %px.cond.preheader.lr.ph
  %invariant.gep1000 = getelementptr i8, ptr %invariant.gep, i64 140
  %invariant.gep1002 = getelementptr i8, ptr %invariant.gep, i64 160
  %invariant.gep1004 = getelementptr i8, ptr %invariant.gep, i64 180
  %invariant.gep1006 = getelementptr i8, ptr %invariant.gep, i64 200
  %invariant.gep1008 = getelementptr i8, ptr %invariant.gep, i64 220
  %invariant.gep1010 = getelementptr i8, ptr %invariant.gep, i64 240
  %invariant.gep1012 = getelementptr i8, ptr %invariant.gep, i64 260
  %invariant.gep1014 = getelementptr i8, ptr %invariant.gep, i64 280
  %invariant.gep1016 = getelementptr i8, ptr %invariant.gep, i64 300
  %invariant.gep1018 = getelementptr i8, ptr %invariant.gep, i64 320
  %invariant.gep1020 = getelementptr i8, ptr %invariant.gep, i64 340
  %invariant.gep1022 = getelementptr i8, ptr %invariant.gep, i64 360
  %invariant.gep1024 = getelementptr i8, ptr %invariant.gep, i64 380
  %invariant.gep1026 = getelementptr i8, ptr %invariant.gep, i64 400
  %invariant.gep1028 = getelementptr i8, ptr %invariant.gep, i64 420
  %invariant.gep1030 = getelementptr i8, ptr %invariant.gep, i64 440
  %invariant.gep1032 = getelementptr i8, ptr %invariant.gep, i64 460
  %invariant.gep1034 = getelementptr i8, ptr %invariant.gep, i64 480
  %invariant.gep1036 = getelementptr i8, ptr %invariant.gep, i64 500
  %invariant.gep1038 = getelementptr i8, ptr %invariant.gep, i64 520
  %invariant.gep1040 = getelementptr i8, ptr %invariant.gep, i64 540
  %invariant.gep1042 = getelementptr i8, ptr %invariant.gep, i64 560
  %invariant.gep1044 = getelementptr i8, ptr %invariant.gep, i64 580
  %invariant.gep1046 = getelementptr i8, ptr %invariant.gep, i64 600
  %invariant.gep1048 = getelementptr i8, ptr %invariant.gep, i64 620
  br label %vector.body723

vector.body723:                                   ; preds = %vector.body723, %vector.ph719
  %index724 = phi i64 [ 0, %vector.ph719 ], [ %index.next729, %vector.body723 ]
  %vec.phi725 = phi <8 x float> [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph719 ], [ %113, %vector.body723 ]
  %vec.phi726 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph719 ], [ %114, %vector.body723 ]
  %vec.phi727 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph719 ], [ %115, %vector.body723 ]
  %vec.phi728 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph719 ], [ %116, %vector.body723 ]
  %4 = mul i64 %index724, 20
  %5 = mul i64 %index724, 20
  %6 = or disjoint i64 %5, 20
  %7 = mul i64 %index724, 20
  %8 = or disjoint i64 %7, 40
  %9 = mul i64 %index724, 20
  %10 = or disjoint i64 %9, 60
  %11 = mul i64 %index724, 20
  %12 = or disjoint i64 %11, 80
  %13 = mul i64 %index724, 20
  %14 = or disjoint i64 %13, 100
  %15 = mul i64 %index724, 20
  %16 = or disjoint i64 %15, 120
  %17 = mul i64 %index724, 20
  %18 = mul i64 %index724, 20
  %19 = mul i64 %index724, 20
  %20 = mul i64 %index724, 20
  %21 = mul i64 %index724, 20
  %22 = mul i64 %index724, 20
  %23 = mul i64 %index724, 20
  %24 = mul i64 %index724, 20
  %25 = mul i64 %index724, 20
  %26 = mul i64 %index724, 20
  %27 = mul i64 %index724, 20
  %28 = mul i64 %index724, 20
  %29 = mul i64 %index724, 20
  %30 = mul i64 %index724, 20
  %31 = mul i64 %index724, 20
  %32 = mul i64 %index724, 20
  %33 = mul i64 %index724, 20
  %34 = mul i64 %index724, 20
  %35 = mul i64 %index724, 20
  %36 = mul i64 %index724, 20
  %37 = mul i64 %index724, 20
  %38 = mul i64 %index724, 20
  %39 = mul i64 %index724, 20
  %40 = mul i64 %index724, 20
  %41 = mul i64 %index724, 20
  %42 = getelementptr i8, ptr %invariant.gep, i64 %4
  %43 = getelementptr i8, ptr %invariant.gep, i64 %6
  %44 = getelementptr i8, ptr %invariant.gep, i64 %8
  %45 = getelementptr i8, ptr %invariant.gep, i64 %10
  %46 = getelementptr i8, ptr %invariant.gep, i64 %12
  %47 = getelementptr i8, ptr %invariant.gep, i64 %14
  %48 = getelementptr i8, ptr %invariant.gep, i64 %16
  %gep1001 = getelementptr i8, ptr %invariant.gep1000, i64 %17
  %gep1003 = getelementptr i8, ptr %invariant.gep1002, i64 %18
  %gep1005 = getelementptr i8, ptr %invariant.gep1004, i64 %19
  %gep1007 = getelementptr i8, ptr %invariant.gep1006, i64 %20
  %gep1009 = getelementptr i8, ptr %invariant.gep1008, i64 %21
  %gep1011 = getelementptr i8, ptr %invariant.gep1010, i64 %22
  %gep1013 = getelementptr i8, ptr %invariant.gep1012, i64 %23
  %gep1015 = getelementptr i8, ptr %invariant.gep1014, i64 %24
  %gep1017 = getelementptr i8, ptr %invariant.gep1016, i64 %25
  %gep1019 = getelementptr i8, ptr %invariant.gep1018, i64 %26
  %gep1021 = getelementptr i8, ptr %invariant.gep1020, i64 %27
  %gep1023 = getelementptr i8, ptr %invariant.gep1022, i64 %28
  %gep1025 = getelementptr i8, ptr %invariant.gep1024, i64 %29
  %gep1027 = getelementptr i8, ptr %invariant.gep1026, i64 %30
  %gep1029 = getelementptr i8, ptr %invariant.gep1028, i64 %31
  %gep1031 = getelementptr i8, ptr %invariant.gep1030, i64 %32
  %gep1033 = getelementptr i8, ptr %invariant.gep1032, i64 %33
  %gep1035 = getelementptr i8, ptr %invariant.gep1034, i64 %34
  %gep1037 = getelementptr i8, ptr %invariant.gep1036, i64 %35
  %gep1039 = getelementptr i8, ptr %invariant.gep1038, i64 %36
  %gep1041 = getelementptr i8, ptr %invariant.gep1040, i64 %37
  %gep1043 = getelementptr i8, ptr %invariant.gep1042, i64 %38
  %gep1045 = getelementptr i8, ptr %invariant.gep1044, i64 %39
  %gep1047 = getelementptr i8, ptr %invariant.gep1046, i64 %40
  %gep1049 = getelementptr i8, ptr %invariant.gep1048, i64 %41
  %49 = load float, ptr %42, align 4
  %50 = load float, ptr %43, align 4
  %51 = load float, ptr %44, align 4
  %52 = load float, ptr %45, align 4
  %53 = load float, ptr %46, align 4
  %54 = load float, ptr %47, align 4
  %55 = load float, ptr %48, align 4
  %56 = load float, ptr %gep1001, align 4
  %57 = insertelement <8 x float> poison, float %49, i64 0
  %58 = insertelement <8 x float> %57, float %50, i64 1
  %59 = insertelement <8 x float> %58, float %51, i64 2
  %60 = insertelement <8 x float> %59, float %52, i64 3
  %61 = insertelement <8 x float> %60, float %53, i64 4
  %62 = insertelement <8 x float> %61, float %54, i64 5
  %63 = insertelement <8 x float> %62, float %55, i64 6
  %64 = insertelement <8 x float> %63, float %56, i64 7
  %65 = load float, ptr %gep1003, align 4
  %66 = load float, ptr %gep1005, align 4
  %67 = load float, ptr %gep1007, align 4
  %68 = load float, ptr %gep1009, align 4
  %69 = load float, ptr %gep1011, align 4
  %70 = load float, ptr %gep1013, align 4
  %71 = load float, ptr %gep1015, align 4
  %72 = load float, ptr %gep1017, align 4
  %73 = insertelement <8 x float> poison, float %65, i64 0
  %74 = insertelement <8 x float> %73, float %66, i64 1
  %75 = insertelement <8 x float> %74, float %67, i64 2
  %76 = insertelement <8 x float> %75, float %68, i64 3
  %77 = insertelement <8 x float> %76, float %69, i64 4
  %78 = insertelement <8 x float> %77, float %70, i64 5
  %79 = insertelement <8 x float> %78, float %71, i64 6
  %80 = insertelement <8 x float> %79, float %72, i64 7
  %81 = load float, ptr %gep1019, align 4
  %82 = load float, ptr %gep1021, align 4
  %83 = load float, ptr %gep1023, align 4
  %84 = load float, ptr %gep1025, align 4
  %85 = load float, ptr %gep1027, align 4
  %86 = load float, ptr %gep1029, align 4
  %87 = load float, ptr %gep1031, align 4
  %88 = load float, ptr %gep1033, align 4
  %89 = insertelement <8 x float> poison, float %81, i64 0
  %90 = insertelement <8 x float> %89, float %82, i64 1
  %91 = insertelement <8 x float> %90, float %83, i64 2
  %92 = insertelement <8 x float> %91, float %84, i64 3
  %93 = insertelement <8 x float> %92, float %85, i64 4
  %94 = insertelement <8 x float> %93, float %86, i64 5
  %95 = insertelement <8 x float> %94, float %87, i64 6
  %96 = insertelement <8 x float> %95, float %88, i64 7
  %97 = load float, ptr %gep1035, align 4
  %98 = load float, ptr %gep1037, align 4
  %99 = load float, ptr %gep1039, align 4
  %100 = load float, ptr %gep1041, align 4
  %101 = load float, ptr %gep1043, align 4
  %102 = load float, ptr %gep1045, align 4
  %103 = load float, ptr %gep1047, align 4
  %104 = load float, ptr %gep1049, align 4
  %105 = insertelement <8 x float> poison, float %97, i64 0
  %106 = insertelement <8 x float> %105, float %98, i64 1
  %107 = insertelement <8 x float> %106, float %99, i64 2
  %108 = insertelement <8 x float> %107, float %100, i64 3
  %109 = insertelement <8 x float> %108, float %101, i64 4
  %110 = insertelement <8 x float> %109, float %102, i64 5
  %111 = insertelement <8 x float> %110, float %103, i64 6
  %112 = insertelement <8 x float> %111, float %104, i64 7
  %113 = fadd reassoc <8 x float> %vec.phi725, %64
  %114 = fadd reassoc <8 x float> %vec.phi726, %80
  %115 = fadd reassoc <8 x float> %vec.phi727, %96
  %116 = fadd reassoc <8 x float> %vec.phi728, %112
  %index.next729 = add nuw i64 %index724, 32
  %117 = icmp eq i64 %index.next729, %n.vec721
  br i1 %117, label %middle.block716, label %vector.body723, !llvm.loop !4

middle.block716:                                  ; preds = %vector.body723
  %bin.rdx730 = fadd reassoc <8 x float> %114, %113
  %bin.rdx731 = fadd reassoc <8 x float> %115, %bin.rdx730
  %bin.rdx732 = fadd reassoc <8 x float> %116, %bin.rdx731
  %118 = tail call reassoc float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %bin.rdx732)
  br i1 %cmp.n733, label %px.cond12.preheader.lr.ph, label %px.cond.preheader.preheader

px.cond.preheader.preheader:                      ; preds = %middle.block716, %px.cond.preheader.lr.ph
  %sum.0444.ph = phi float [ 0.000000e+00, %px.cond.preheader.lr.ph ], [ %118, %middle.block716 ]
  %img.0443.ph = phi i64 [ 0, %px.cond.preheader.lr.ph ], [ %n.vec721, %middle.block716 ]
  br label %px.cond.preheader

px.cond.preheader:                                ; preds = %px.cond.preheader.preheader, %px.cond.preheader
  %sum.0444 = phi float [ %120, %px.cond.preheader ], [ %sum.0444.ph, %px.cond.preheader.preheader ]
  %img.0443 = phi i64 [ %121, %px.cond.preheader ], [ %img.0443.ph, %px.cond.preheader.preheader ]
  %.idx418 = mul i64 %img.0443, 20
  %gep = getelementptr i8, ptr %invariant.gep, i64 %.idx418
  %119 = load float, ptr %gep, align 4
  %120 = fadd reassoc float %sum.0444, %119
  %121 = add nuw nsw i64 %img.0443, 1
  %exitcond.not = icmp eq i64 %121, %n
  br i1 %exitcond.not, label %px.cond12.preheader.lr.ph, label %px.cond.preheader, !llvm.loop !5

px.cond12.preheader.lr.ph:                        ; preds = %px.cond.preheader, %middle.block716
  %.lcssa709 = phi float [ %118, %middle.block716 ], [ %120, %px.cond.preheader ]
  %122 = fdiv float %.lcssa709, %0
  %invariant.gep445 = getelementptr float, ptr %h_2, i64 %ch.0451
  br i1 %min.iters.check, label %px.cond12.preheader.preheader, label %vector.ph

vector.ph:                                        ; preds = %px.cond12.preheader.lr.ph
  %broadcast.splatinsert = insertelement <8 x float> poison, float %122, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  %invariant.gep1050 = getelementptr i8, ptr %invariant.gep445, i64 140
  %invariant.gep1052 = getelementptr i8, ptr %invariant.gep445, i64 160
  %invariant.gep1054 = getelementptr i8, ptr %invariant.gep445, i64 180
  %invariant.gep1056 = getelementptr i8, ptr %invariant.gep445, i64 200
  %invariant.gep1058 = getelementptr i8, ptr %invariant.gep445, i64 220
  %invariant.gep1060 = getelementptr i8, ptr %invariant.gep445, i64 240
  %invariant.gep1062 = getelementptr i8, ptr %invariant.gep445, i64 260
  %invariant.gep1064 = getelementptr i8, ptr %invariant.gep445, i64 280
  %invariant.gep1066 = getelementptr i8, ptr %invariant.gep445, i64 300
  %invariant.gep1068 = getelementptr i8, ptr %invariant.gep445, i64 320
  %invariant.gep1070 = getelementptr i8, ptr %invariant.gep445, i64 340
  %invariant.gep1072 = getelementptr i8, ptr %invariant.gep445, i64 360
  %invariant.gep1074 = getelementptr i8, ptr %invariant.gep445, i64 380
  %invariant.gep1076 = getelementptr i8, ptr %invariant.gep445, i64 400
  %invariant.gep1078 = getelementptr i8, ptr %invariant.gep445, i64 420
  %invariant.gep1080 = getelementptr i8, ptr %invariant.gep445, i64 440
  %invariant.gep1082 = getelementptr i8, ptr %invariant.gep445, i64 460
  %invariant.gep1084 = getelementptr i8, ptr %invariant.gep445, i64 480
  %invariant.gep1086 = getelementptr i8, ptr %invariant.gep445, i64 500
  %invariant.gep1088 = getelementptr i8, ptr %invariant.gep445, i64 520
  %invariant.gep1090 = getelementptr i8, ptr %invariant.gep445, i64 540
  %invariant.gep1092 = getelementptr i8, ptr %invariant.gep445, i64 560
  %invariant.gep1094 = getelementptr i8, ptr %invariant.gep445, i64 580
  %invariant.gep1096 = getelementptr i8, ptr %invariant.gep445, i64 600
  %invariant.gep1098 = getelementptr i8, ptr %invariant.gep445, i64 620
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %vector.ph
  %index = phi i64 [ 0, %vector.ph ], [ %index.next, %vector.body ]
  %vec.phi = phi <8 x float> [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph ], [ %240, %vector.body ]
  %vec.phi711 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph ], [ %241, %vector.body ]
  %vec.phi712 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph ], [ %242, %vector.body ]
  %vec.phi713 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph ], [ %243, %vector.body ]
  %123 = mul i64 %index, 20
  %124 = mul i64 %index, 20
  %125 = or disjoint i64 %124, 20
  %126 = mul i64 %index, 20
  %127 = or disjoint i64 %126, 40
  %128 = mul i64 %index, 20
  %129 = or disjoint i64 %128, 60
  %130 = mul i64 %index, 20
  %131 = or disjoint i64 %130, 80
  %132 = mul i64 %index, 20
  %133 = or disjoint i64 %132, 100
  %134 = mul i64 %index, 20
  %135 = or disjoint i64 %134, 120
  %136 = mul i64 %index, 20
  %137 = mul i64 %index, 20
  %138 = mul i64 %index, 20
  %139 = mul i64 %index, 20
  %140 = mul i64 %index, 20
  %141 = mul i64 %index, 20
  %142 = mul i64 %index, 20
  %143 = mul i64 %index, 20
  %144 = mul i64 %index, 20
  %145 = mul i64 %index, 20
  %146 = mul i64 %index, 20
  %147 = mul i64 %index, 20
  %148 = mul i64 %index, 20
  %149 = mul i64 %index, 20
  %150 = mul i64 %index, 20
  %151 = mul i64 %index, 20
  %152 = mul i64 %index, 20
  %153 = mul i64 %index, 20
  %154 = mul i64 %index, 20
  %155 = mul i64 %index, 20
  %156 = mul i64 %index, 20
  %157 = mul i64 %index, 20
  %158 = mul i64 %index, 20
  %159 = mul i64 %index, 20
  %160 = mul i64 %index, 20
  %161 = getelementptr i8, ptr %invariant.gep445, i64 %123
  %162 = getelementptr i8, ptr %invariant.gep445, i64 %125
  %163 = getelementptr i8, ptr %invariant.gep445, i64 %127
  %164 = getelementptr i8, ptr %invariant.gep445, i64 %129
  %165 = getelementptr i8, ptr %invariant.gep445, i64 %131
  %166 = getelementptr i8, ptr %invariant.gep445, i64 %133
  %167 = getelementptr i8, ptr %invariant.gep445, i64 %135
  %gep1051 = getelementptr i8, ptr %invariant.gep1050, i64 %136
  %gep1053 = getelementptr i8, ptr %invariant.gep1052, i64 %137
  %gep1055 = getelementptr i8, ptr %invariant.gep1054, i64 %138
  %gep1057 = getelementptr i8, ptr %invariant.gep1056, i64 %139
  %gep1059 = getelementptr i8, ptr %invariant.gep1058, i64 %140
  %gep1061 = getelementptr i8, ptr %invariant.gep1060, i64 %141
  %gep1063 = getelementptr i8, ptr %invariant.gep1062, i64 %142
  %gep1065 = getelementptr i8, ptr %invariant.gep1064, i64 %143
  %gep1067 = getelementptr i8, ptr %invariant.gep1066, i64 %144
  %gep1069 = getelementptr i8, ptr %invariant.gep1068, i64 %145
  %gep1071 = getelementptr i8, ptr %invariant.gep1070, i64 %146
  %gep1073 = getelementptr i8, ptr %invariant.gep1072, i64 %147
  %gep1075 = getelementptr i8, ptr %invariant.gep1074, i64 %148
  %gep1077 = getelementptr i8, ptr %invariant.gep1076, i64 %149
  %gep1079 = getelementptr i8, ptr %invariant.gep1078, i64 %150
  %gep1081 = getelementptr i8, ptr %invariant.gep1080, i64 %151
  %gep1083 = getelementptr i8, ptr %invariant.gep1082, i64 %152
  %gep1085 = getelementptr i8, ptr %invariant.gep1084, i64 %153
  %gep1087 = getelementptr i8, ptr %invariant.gep1086, i64 %154
  %gep1089 = getelementptr i8, ptr %invariant.gep1088, i64 %155
  %gep1091 = getelementptr i8, ptr %invariant.gep1090, i64 %156
  %gep1093 = getelementptr i8, ptr %invariant.gep1092, i64 %157
  %gep1095 = getelementptr i8, ptr %invariant.gep1094, i64 %158
  %gep1097 = getelementptr i8, ptr %invariant.gep1096, i64 %159
  %gep1099 = getelementptr i8, ptr %invariant.gep1098, i64 %160
  %168 = load float, ptr %161, align 4
  %169 = load float, ptr %162, align 4
  %170 = load float, ptr %163, align 4
  %171 = load float, ptr %164, align 4
  %172 = load float, ptr %165, align 4
  %173 = load float, ptr %166, align 4
  %174 = load float, ptr %167, align 4
  %175 = load float, ptr %gep1051, align 4
  %176 = insertelement <8 x float> poison, float %168, i64 0
  %177 = insertelement <8 x float> %176, float %169, i64 1
  %178 = insertelement <8 x float> %177, float %170, i64 2
  %179 = insertelement <8 x float> %178, float %171, i64 3
  %180 = insertelement <8 x float> %179, float %172, i64 4
  %181 = insertelement <8 x float> %180, float %173, i64 5
  %182 = insertelement <8 x float> %181, float %174, i64 6
  %183 = insertelement <8 x float> %182, float %175, i64 7
  %184 = load float, ptr %gep1053, align 4
  %185 = load float, ptr %gep1055, align 4
  %186 = load float, ptr %gep1057, align 4
  %187 = load float, ptr %gep1059, align 4
  %188 = load float, ptr %gep1061, align 4
  %189 = load float, ptr %gep1063, align 4
  %190 = load float, ptr %gep1065, align 4
  %191 = load float, ptr %gep1067, align 4
  %192 = insertelement <8 x float> poison, float %184, i64 0
  %193 = insertelement <8 x float> %192, float %185, i64 1
  %194 = insertelement <8 x float> %193, float %186, i64 2
  %195 = insertelement <8 x float> %194, float %187, i64 3
  %196 = insertelement <8 x float> %195, float %188, i64 4
  %197 = insertelement <8 x float> %196, float %189, i64 5
  %198 = insertelement <8 x float> %197, float %190, i64 6
  %199 = insertelement <8 x float> %198, float %191, i64 7
  %200 = load float, ptr %gep1069, align 4
  %201 = load float, ptr %gep1071, align 4
  %202 = load float, ptr %gep1073, align 4
  %203 = load float, ptr %gep1075, align 4
  %204 = load float, ptr %gep1077, align 4
  %205 = load float, ptr %gep1079, align 4
  %206 = load float, ptr %gep1081, align 4
  %207 = load float, ptr %gep1083, align 4
  %208 = insertelement <8 x float> poison, float %200, i64 0
  %209 = insertelement <8 x float> %208, float %201, i64 1
  %210 = insertelement <8 x float> %209, float %202, i64 2
  %211 = insertelement <8 x float> %210, float %203, i64 3
  %212 = insertelement <8 x float> %211, float %204, i64 4
  %213 = insertelement <8 x float> %212, float %205, i64 5
  %214 = insertelement <8 x float> %213, float %206, i64 6
  %215 = insertelement <8 x float> %214, float %207, i64 7
  %216 = load float, ptr %gep1085, align 4
  %217 = load float, ptr %gep1087, align 4
  %218 = load float, ptr %gep1089, align 4
  %219 = load float, ptr %gep1091, align 4
  %220 = load float, ptr %gep1093, align 4
  %221 = load float, ptr %gep1095, align 4
  %222 = load float, ptr %gep1097, align 4
  %223 = load float, ptr %gep1099, align 4
  %224 = insertelement <8 x float> poison, float %216, i64 0
  %225 = insertelement <8 x float> %224, float %217, i64 1
  %226 = insertelement <8 x float> %225, float %218, i64 2
  %227 = insertelement <8 x float> %226, float %219, i64 3
  %228 = insertelement <8 x float> %227, float %220, i64 4
  %229 = insertelement <8 x float> %228, float %221, i64 5
  %230 = insertelement <8 x float> %229, float %222, i64 6
  %231 = insertelement <8 x float> %230, float %223, i64 7
  %232 = fsub <8 x float> %183, %broadcast.splat
  %233 = fsub <8 x float> %199, %broadcast.splat
  %234 = fsub <8 x float> %215, %broadcast.splat
  %235 = fsub <8 x float> %231, %broadcast.splat
  %236 = fmul <8 x float> %232, %232
  %237 = fmul <8 x float> %233, %233
  %238 = fmul <8 x float> %234, %234
  %239 = fmul <8 x float> %235, %235
  %240 = fadd reassoc <8 x float> %vec.phi, %236
  %241 = fadd reassoc <8 x float> %vec.phi711, %237
  %242 = fadd reassoc <8 x float> %vec.phi712, %238
  %243 = fadd reassoc <8 x float> %vec.phi713, %239
  %index.next = add nuw i64 %index, 32
  %244 = icmp eq i64 %index.next, %n.vec
  br i1 %244, label %middle.block, label %vector.body, !llvm.loop !6

middle.block:                                     ; preds = %vector.body
  %bin.rdx = fadd reassoc <8 x float> %241, %240
  %bin.rdx714 = fadd reassoc <8 x float> %242, %bin.rdx
  %bin.rdx715 = fadd reassoc <8 x float> %243, %bin.rdx714
  %245 = tail call reassoc float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %bin.rdx715)
  br i1 %cmp.n, label %img.end8, label %px.cond12.preheader.preheader

px.cond12.preheader.preheader:                    ; preds = %middle.block, %px.cond12.preheader.lr.ph
  %sq.0449.ph = phi float [ 0.000000e+00, %px.cond12.preheader.lr.ph ], [ %245, %middle.block ]
  %img4.0448.ph = phi i64 [ 0, %px.cond12.preheader.lr.ph ], [ %n.vec, %middle.block ]
  br label %px.cond12.preheader

px.cond12.preheader:                              ; preds = %px.cond12.preheader.preheader, %px.cond12.preheader
  %sq.0449 = phi float [ %249, %px.cond12.preheader ], [ %sq.0449.ph, %px.cond12.preheader.preheader ]
  %img4.0448 = phi i64 [ %250, %px.cond12.preheader ], [ %img4.0448.ph, %px.cond12.preheader.preheader ]
  %.idx417 = mul i64 %img4.0448, 20
  %gep446 = getelementptr i8, ptr %invariant.gep445, i64 %.idx417
  %246 = load float, ptr %gep446, align 4
  %247 = fsub float %246, %122
  %248 = fmul float %247, %247
  %249 = fadd reassoc float %sq.0449, %248
  %250 = add nuw nsw i64 %img4.0448, 1
  %exitcond571.not = icmp eq i64 %250, %n
  br i1 %exitcond571.not, label %img.end8, label %px.cond12.preheader, !llvm.loop !7

img.end8:                                         ; preds = %px.cond12.preheader, %middle.block, %img.cond.preheader
  %251 = phi float [ %3, %img.cond.preheader ], [ %122, %middle.block ], [ %122, %px.cond12.preheader ]
  %sq.0.lcssa = phi float [ 0.000000e+00, %img.cond.preheader ], [ %245, %middle.block ], [ %249, %px.cond12.preheader ]
  %252 = getelementptr inbounds float, ptr %h_1_stats, i64 %ch.0451
  store float %251, ptr %252, align 4
  %253 = getelementptr inbounds i8, ptr %252, i64 20
  %254 = fdiv float %sq.0.lcssa, %0
  %255 = fadd float %254, 0x3EE4F8B580000000
  %256 = tail call float @llvm.sqrt.f32(float %255)
  %257 = fdiv float 1.000000e+00, %256
  store float %257, ptr %253, align 4
  br i1 %1, label %if.end, label %if.end.thread

if.end:                                           ; preds = %img.end8
  %258 = getelementptr inbounds float, ptr %h_1_running_mean, i64 %ch.0451
  %259 = load float, ptr %258, align 4
  %260 = fmul float %259, 0x3FECCCCCC0000000
  %261 = fmul float %251, 0x3FB99999A0000000
  %262 = fadd float %261, %260
  store float %262, ptr %258, align 4
  %263 = getelementptr inbounds float, ptr %h_1_running_var, i64 %ch.0451
  %264 = load float, ptr %263, align 4
  %265 = fmul float %264, 0x3FECCCCCC0000000
  %266 = fdiv float %sq.0.lcssa, %2
  %267 = fmul float %266, 0x3FB99999A0000000
  %268 = fadd float %267, %265
  store float %268, ptr %263, align 4
  %269 = add nuw nsw i64 %ch.0451, 1
  %exitcond572.not = icmp eq i64 %269, 5
  br i1 %exitcond572.not, label %if.end18.thread, label %img.cond.preheader.backedge

img.cond.preheader.backedge:                      ; preds = %if.end, %if.end.thread
  %ch.0451.be = phi i64 [ %269, %if.end ], [ %270, %if.end.thread ]
  br label %img.cond.preheader

if.end.thread:                                    ; preds = %img.end8
  %270 = add nuw nsw i64 %ch.0451, 1
  %exitcond572.not603 = icmp eq i64 %270, 5
  br i1 %exitcond572.not603, label %if.end18, label %img.cond.preheader.backedge

if.end18.thread:                                  ; preds = %if.end
  %y_bias = getelementptr inbounds i8, ptr %ws, i64 384
  %d_h_1_bias = getelementptr inbounds i8, ptr %ws, i64 1216
  %d_h_2_bias = getelementptr inbounds i8, ptr %ws, i64 1408
  %d_y_bias = getelementptr inbounds i8, ptr %ws, i64 1536
  %h = getelementptr inbounds i8, ptr %ws, i64 1728
  %d_y_pre = getelementptr inbounds i8, ptr %ws, i64 1984
  %loss = getelementptr inbounds i8, ptr %ws, i64 2240
  %h_1_num_batches_tracked = getelementptr inbounds i8, ptr %ws, i64 1088
  %271 = load float, ptr %h_1_num_batches_tracked, align 64
  %272 = fadd float %271, 1.000000e+00
  store float %272, ptr %h_1_num_batches_tracked, align 64
  br label %ch.body.us.i.preheader

if.end18:                                         ; preds = %if.end.thread
  %y_bias605 = getelementptr inbounds i8, ptr %ws, i64 384
  %d_h_1_bias606 = getelementptr inbounds i8, ptr %ws, i64 1216
  %d_h_2_bias607 = getelementptr inbounds i8, ptr %ws, i64 1408
  %d_y_bias608 = getelementptr inbounds i8, ptr %ws, i64 1536
  %h609 = getelementptr inbounds i8, ptr %ws, i64 1728
  %d_y_pre610 = getelementptr inbounds i8, ptr %ws, i64 1984
  %loss611 = getelementptr inbounds i8, ptr %ws, i64 2240
  br i1 %.not, label %j.end.i, label %ch.body.us.i.preheader

ch.body.us.i.preheader:                           ; preds = %if.end18.thread, %if.end18
  %y_bias613641 = phi ptr [ %y_bias, %if.end18.thread ], [ %y_bias605, %if.end18 ]
  %d_h_1_bias614639 = phi ptr [ %d_h_1_bias, %if.end18.thread ], [ %d_h_1_bias606, %if.end18 ]
  %d_h_2_bias615637 = phi ptr [ %d_h_2_bias, %if.end18.thread ], [ %d_h_2_bias607, %if.end18 ]
  %d_y_bias616635 = phi ptr [ %d_y_bias, %if.end18.thread ], [ %d_y_bias608, %if.end18 ]
  %h617633 = phi ptr [ %h, %if.end18.thread ], [ %h609, %if.end18 ]
  %d_y_pre618631 = phi ptr [ %d_y_pre, %if.end18.thread ], [ %d_y_pre610, %if.end18 ]
  %loss619629 = phi ptr [ %loss, %if.end18.thread ], [ %loss611, %if.end18 ]
  %h_1_bias612643 = getelementptr inbounds i8, ptr %ws, i64 64
  %min.iters.check737 = icmp ult i64 %n, 9
  %n.mod.vf739 = and i64 %n, 7
  %273 = icmp eq i64 %n.mod.vf739, 0
  %274 = select i1 %273, i64 8, i64 %n.mod.vf739
  %n.vec740 = sub i64 %n, %274
  %275 = getelementptr inbounds i8, ptr %ws, i64 1728
  %276 = getelementptr inbounds i8, ptr %ws, i64 1728
  br label %ch.body.us.i

ch.body.us.i:                                     ; preds = %ch.body.us.i.preheader, %img.cond.img.end_crit_edge.us.i
  %ch.022.us.i = phi i64 [ %366, %img.cond.img.end_crit_edge.us.i ], [ 0, %ch.body.us.i.preheader ]
  %277 = getelementptr inbounds float, ptr %h_1_stats, i64 %ch.022.us.i
  %278 = load float, ptr %277, align 4
  %279 = getelementptr inbounds i8, ptr %277, i64 20
  %280 = load float, ptr %279, align 4
  %281 = getelementptr inbounds float, ptr %ws, i64 %ch.022.us.i
  %282 = load float, ptr %281, align 4
  %283 = fmul float %280, %282
  %284 = getelementptr inbounds float, ptr %h_1_bias612643, i64 %ch.022.us.i
  %285 = load float, ptr %284, align 4
  br i1 %min.iters.check737, label %img.body.us.i.preheader, label %vector.ph738

vector.ph738:                                     ; preds = %ch.body.us.i
  %broadcast.splatinsert744 = insertelement <8 x float> poison, float %278, i64 0
  %broadcast.splat745 = shufflevector <8 x float> %broadcast.splatinsert744, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert746 = insertelement <8 x float> poison, float %283, i64 0
  %broadcast.splat747 = shufflevector <8 x float> %broadcast.splatinsert746, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert748 = insertelement <8 x float> poison, float %285, i64 0
  %broadcast.splat749 = shufflevector <8 x float> %broadcast.splatinsert748, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body742

vector.body742:                                   ; preds = %vector.body742, %vector.ph738
  %index743 = phi i64 [ 0, %vector.ph738 ], [ %index.next750, %vector.body742 ]
  %286 = mul nuw nsw i64 %index743, 5
  %287 = mul nuw i64 %index743, 5
  %288 = or disjoint i64 %287, 5
  %289 = mul nuw i64 %index743, 5
  %290 = add nuw i64 %289, 10
  %291 = mul nuw i64 %index743, 5
  %292 = add nuw i64 %291, 15
  %293 = mul nuw i64 %index743, 5
  %294 = add nuw i64 %293, 20
  %295 = mul nuw i64 %index743, 5
  %296 = add nuw i64 %295, 25
  %297 = mul nuw i64 %index743, 5
  %298 = add nuw i64 %297, 30
  %299 = mul nuw i64 %index743, 5
  %300 = add nuw i64 %299, 35
  %301 = add nuw nsw i64 %286, %ch.022.us.i
  %302 = add nuw nsw i64 %288, %ch.022.us.i
  %303 = add nuw nsw i64 %290, %ch.022.us.i
  %304 = add nuw nsw i64 %292, %ch.022.us.i
  %305 = add nuw nsw i64 %294, %ch.022.us.i
  %306 = add nuw nsw i64 %296, %ch.022.us.i
  %307 = add nuw nsw i64 %298, %ch.022.us.i
  %308 = add nuw nsw i64 %300, %ch.022.us.i
  %309 = getelementptr inbounds float, ptr %275, i64 %301
  %310 = getelementptr inbounds float, ptr %275, i64 %302
  %311 = getelementptr inbounds float, ptr %275, i64 %303
  %312 = getelementptr inbounds float, ptr %275, i64 %304
  %313 = getelementptr inbounds float, ptr %275, i64 %305
  %314 = getelementptr inbounds float, ptr %275, i64 %306
  %315 = getelementptr inbounds float, ptr %275, i64 %307
  %316 = getelementptr inbounds float, ptr %275, i64 %308
  %317 = getelementptr inbounds float, ptr %h_2, i64 %301
  %318 = getelementptr inbounds float, ptr %h_2, i64 %302
  %319 = getelementptr inbounds float, ptr %h_2, i64 %303
  %320 = getelementptr inbounds float, ptr %h_2, i64 %304
  %321 = getelementptr inbounds float, ptr %h_2, i64 %305
  %322 = getelementptr inbounds float, ptr %h_2, i64 %306
  %323 = getelementptr inbounds float, ptr %h_2, i64 %307
  %324 = getelementptr inbounds float, ptr %h_2, i64 %308
  %325 = load float, ptr %317, align 4
  %326 = load float, ptr %318, align 4
  %327 = load float, ptr %319, align 4
  %328 = load float, ptr %320, align 4
  %329 = load float, ptr %321, align 4
  %330 = load float, ptr %322, align 4
  %331 = load float, ptr %323, align 4
  %332 = load float, ptr %324, align 4
  %333 = insertelement <8 x float> poison, float %325, i64 0
  %334 = insertelement <8 x float> %333, float %326, i64 1
  %335 = insertelement <8 x float> %334, float %327, i64 2
  %336 = insertelement <8 x float> %335, float %328, i64 3
  %337 = insertelement <8 x float> %336, float %329, i64 4
  %338 = insertelement <8 x float> %337, float %330, i64 5
  %339 = insertelement <8 x float> %338, float %331, i64 6
  %340 = insertelement <8 x float> %339, float %332, i64 7
  %341 = fsub <8 x float> %340, %broadcast.splat745
  %342 = fmul <8 x float> %broadcast.splat747, %341
  %343 = fadd <8 x float> %broadcast.splat749, %342
  %344 = fcmp olt <8 x float> %343, zeroinitializer
  %345 = select <8 x i1> %344, <8 x float> zeroinitializer, <8 x float> %343
  %346 = extractelement <8 x float> %345, i64 0
  store float %346, ptr %309, align 4
  %347 = extractelement <8 x float> %345, i64 1
  store float %347, ptr %310, align 4
  %348 = extractelement <8 x float> %345, i64 2
  store float %348, ptr %311, align 4
  %349 = extractelement <8 x float> %345, i64 3
  store float %349, ptr %312, align 4
  %350 = extractelement <8 x float> %345, i64 4
  store float %350, ptr %313, align 4
  %351 = extractelement <8 x float> %345, i64 5
  store float %351, ptr %314, align 4
  %352 = extractelement <8 x float> %345, i64 6
  store float %352, ptr %315, align 4
  %353 = extractelement <8 x float> %345, i64 7
  store float %353, ptr %316, align 4
  %index.next750 = add nuw i64 %index743, 8
  %354 = icmp eq i64 %index.next750, %n.vec740
  br i1 %354, label %img.body.us.i.preheader, label %vector.body742, !llvm.loop !8

img.body.us.i.preheader:                          ; preds = %vector.body742, %ch.body.us.i
  %img.021.us.i.ph = phi i64 [ 0, %ch.body.us.i ], [ %n.vec740, %vector.body742 ]
  br label %img.body.us.i

img.body.us.i:                                    ; preds = %img.body.us.i.preheader, %img.body.us.i
  %img.021.us.i = phi i64 [ %365, %img.body.us.i ], [ %img.021.us.i.ph, %img.body.us.i.preheader ]
  %355 = mul nuw nsw i64 %img.021.us.i, 5
  %356 = add nuw nsw i64 %355, %ch.022.us.i
  %357 = getelementptr inbounds float, ptr %276, i64 %356
  %358 = getelementptr inbounds float, ptr %h_2, i64 %356
  %359 = load float, ptr %358, align 4
  %360 = fsub float %359, %278
  %361 = fmul float %283, %360
  %362 = fadd float %285, %361
  %363 = fcmp olt float %362, 0.000000e+00
  %364 = select i1 %363, float 0.000000e+00, float %362
  store float %364, ptr %357, align 4
  %365 = add nuw nsw i64 %img.021.us.i, 1
  %exitcond.not.i = icmp eq i64 %365, %n
  br i1 %exitcond.not.i, label %img.cond.img.end_crit_edge.us.i, label %img.body.us.i, !llvm.loop !9

img.cond.img.end_crit_edge.us.i:                  ; preds = %img.body.us.i
  %366 = add nuw nsw i64 %ch.022.us.i, 1
  %exitcond24.not.i = icmp eq i64 %366, 5
  br i1 %exitcond24.not.i, label %bn_vector_bn_apply_Bx5_relu.exit, label %ch.body.us.i

bn_vector_bn_apply_Bx5_relu.exit:                 ; preds = %img.cond.img.end_crit_edge.us.i
  %367 = and i64 %n, -4
  %.not.i419 = icmp eq i64 %367, 0
  br i1 %.not.i419, label %j.end.i, label %i0.cond.preheader.us.i.preheader

i0.cond.preheader.us.i.preheader:                 ; preds = %bn_vector_bn_apply_Bx5_relu.exit
  %368 = getelementptr inbounds i8, ptr %ws, i64 384
  %369 = getelementptr inbounds i8, ptr %ws, i64 1728
  br label %i0.cond.preheader.us.i

i0.cond.preheader.us.i:                           ; preds = %i0.cond.preheader.us.i.preheader, %i0.cond.i0.end_crit_edge.us.i
  %j.085.us.i = phi i64 [ %410, %i0.cond.i0.end_crit_edge.us.i ], [ 0, %i0.cond.preheader.us.i.preheader ]
  %invariant.gep.us.i = getelementptr float, ptr %y_pre, i64 %j.085.us.i
  %.idx78.us.i = mul nuw nsw i64 %j.085.us.i, 20
  %370 = getelementptr inbounds i8, ptr %y_weight, i64 %.idx78.us.i
  %371 = getelementptr inbounds float, ptr %368, i64 %j.085.us.i
  br label %k.cond.preheader.us.i

k.end.us.i:                                       ; preds = %k.body.us.i
  %372 = load float, ptr %371, align 4
  %373 = fadd float %401, %372
  %374 = mul nuw nsw i64 %i0.084.us.i, 3
  %375 = or disjoint i64 %374, %j.085.us.i
  %376 = getelementptr inbounds float, ptr %y_pre, i64 %375
  store float %373, ptr %376, align 4
  %377 = load float, ptr %371, align 4
  %378 = fadd float %402, %377
  %379 = or disjoint i64 %374, 3
  %gep.us.i = getelementptr float, ptr %invariant.gep.us.i, i64 %379
  store float %378, ptr %gep.us.i, align 4
  %380 = load float, ptr %371, align 4
  %381 = fadd float %403, %380
  %.idx72.us.i = mul i64 %i0.084.us.i, 12
  %382 = getelementptr i8, ptr %y_pre, i64 %.idx72.us.i
  %383 = getelementptr i8, ptr %382, i64 24
  %384 = getelementptr float, ptr %383, i64 %j.085.us.i
  store float %381, ptr %384, align 4
  %385 = load float, ptr %371, align 4
  %386 = fadd float %404, %385
  %387 = getelementptr i8, ptr %382, i64 36
  %388 = getelementptr float, ptr %387, i64 %j.085.us.i
  store float %386, ptr %388, align 4
  %389 = add nuw nsw i64 %i0.084.us.i, 4
  %390 = icmp ult i64 %389, %367
  br i1 %390, label %k.cond.preheader.us.i, label %i0.cond.i0.end_crit_edge.us.i

k.body.us.i:                                      ; preds = %k.cond.preheader.us.i, %k.body.us.i
  %s0_0.083.us.i = phi float [ 0.000000e+00, %k.cond.preheader.us.i ], [ %401, %k.body.us.i ]
  %s1_0.082.us.i = phi float [ 0.000000e+00, %k.cond.preheader.us.i ], [ %402, %k.body.us.i ]
  %s2_0.081.us.i = phi float [ 0.000000e+00, %k.cond.preheader.us.i ], [ %403, %k.body.us.i ]
  %k.080.us.i = phi i64 [ 0, %k.cond.preheader.us.i ], [ %405, %k.body.us.i ]
  %s3_0.079.us.i = phi float [ 0.000000e+00, %k.cond.preheader.us.i ], [ %404, %k.body.us.i ]
  %391 = getelementptr inbounds float, ptr %406, i64 %k.080.us.i
  %392 = load float, ptr %391, align 4
  %393 = getelementptr float, ptr %407, i64 %k.080.us.i
  %394 = load float, ptr %393, align 4
  %395 = getelementptr float, ptr %408, i64 %k.080.us.i
  %396 = load float, ptr %395, align 4
  %397 = getelementptr float, ptr %409, i64 %k.080.us.i
  %398 = load float, ptr %397, align 4
  %399 = getelementptr inbounds float, ptr %370, i64 %k.080.us.i
  %400 = load float, ptr %399, align 4
  %401 = tail call float @llvm.fmuladd.f32(float %392, float %400, float %s0_0.083.us.i)
  %402 = tail call float @llvm.fmuladd.f32(float %394, float %400, float %s1_0.082.us.i)
  %403 = tail call float @llvm.fmuladd.f32(float %396, float %400, float %s2_0.081.us.i)
  %404 = tail call float @llvm.fmuladd.f32(float %398, float %400, float %s3_0.079.us.i)
  %405 = add nuw nsw i64 %k.080.us.i, 1
  %exitcond.not.i420 = icmp eq i64 %405, 5
  br i1 %exitcond.not.i420, label %k.end.us.i, label %k.body.us.i

k.cond.preheader.us.i:                            ; preds = %k.end.us.i, %i0.cond.preheader.us.i
  %i0.084.us.i = phi i64 [ 0, %i0.cond.preheader.us.i ], [ %389, %k.end.us.i ]
  %.idx74.us.i = mul i64 %i0.084.us.i, 20
  %406 = getelementptr inbounds i8, ptr %369, i64 %.idx74.us.i
  %407 = getelementptr i8, ptr %406, i64 20
  %408 = getelementptr i8, ptr %406, i64 40
  %409 = getelementptr i8, ptr %406, i64 60
  br label %k.body.us.i

i0.cond.i0.end_crit_edge.us.i:                    ; preds = %k.end.us.i
  %410 = add nuw nsw i64 %j.085.us.i, 1
  %exitcond96.not.i = icmp eq i64 %410, 3
  br i1 %exitcond96.not.i, label %j.end.i, label %i0.cond.preheader.us.i

j.end.i:                                          ; preds = %i0.cond.i0.end_crit_edge.us.i, %if.end18, %bn_vector_bn_apply_Bx5_relu.exit
  %y_bias613642 = phi ptr [ %y_bias613641, %bn_vector_bn_apply_Bx5_relu.exit ], [ %y_bias605, %if.end18 ], [ %y_bias613641, %i0.cond.i0.end_crit_edge.us.i ]
  %d_h_1_bias614640 = phi ptr [ %d_h_1_bias614639, %bn_vector_bn_apply_Bx5_relu.exit ], [ %d_h_1_bias606, %if.end18 ], [ %d_h_1_bias614639, %i0.cond.i0.end_crit_edge.us.i ]
  %d_h_2_bias615638 = phi ptr [ %d_h_2_bias615637, %bn_vector_bn_apply_Bx5_relu.exit ], [ %d_h_2_bias607, %if.end18 ], [ %d_h_2_bias615637, %i0.cond.i0.end_crit_edge.us.i ]
  %d_y_bias616636 = phi ptr [ %d_y_bias616635, %bn_vector_bn_apply_Bx5_relu.exit ], [ %d_y_bias608, %if.end18 ], [ %d_y_bias616635, %i0.cond.i0.end_crit_edge.us.i ]
  %h617634 = phi ptr [ %h617633, %bn_vector_bn_apply_Bx5_relu.exit ], [ %h609, %if.end18 ], [ %h617633, %i0.cond.i0.end_crit_edge.us.i ]
  %d_y_pre618632 = phi ptr [ %d_y_pre618631, %bn_vector_bn_apply_Bx5_relu.exit ], [ %d_y_pre610, %if.end18 ], [ %d_y_pre618631, %i0.cond.i0.end_crit_edge.us.i ]
  %loss619630 = phi ptr [ %loss619629, %bn_vector_bn_apply_Bx5_relu.exit ], [ %loss611, %if.end18 ], [ %loss619629, %i0.cond.i0.end_crit_edge.us.i ]
  %411 = phi i64 [ 0, %bn_vector_bn_apply_Bx5_relu.exit ], [ 0, %if.end18 ], [ %367, %i0.cond.i0.end_crit_edge.us.i ]
  %d_y_pre618632791 = ptrtoint ptr %d_y_pre618632 to i64
  %h617634792 = ptrtoint ptr %h617634 to i64
  %.not90.i = icmp eq i64 %411, %n
  br i1 %.not90.i, label %bn_vector_matmul_Bx3.exit, label %j.cond6.preheader.i

j.cond6.preheader.i:                              ; preds = %j.end.i, %j.end9.i
  %i.089.i = phi i64 [ %415, %j.end9.i ], [ %411, %j.end.i ]
  %.idx70.i = mul i64 %i.089.i, 20
  %412 = getelementptr i8, ptr %h617634, i64 %.idx70.i
  %.idx.i = mul i64 %i.089.i, 12
  %413 = getelementptr i8, ptr %y_pre, i64 %.idx.i
  br label %k.cond13.preheader.i

k.cond13.preheader.i:                             ; preds = %k.end16.i, %j.cond6.preheader.i
  %j5.088.i = phi i64 [ 0, %j.cond6.preheader.i ], [ %427, %k.end16.i ]
  %.idx71.i = mul nuw nsw i64 %j5.088.i, 20
  %414 = getelementptr inbounds i8, ptr %y_weight, i64 %.idx71.i
  br label %k.body14.i

j.end9.i:                                         ; preds = %k.end16.i
  %415 = add nuw nsw i64 %i.089.i, 1
  %416 = icmp ult i64 %415, %n
  br i1 %416, label %j.cond6.preheader.i, label %bn_vector_matmul_Bx3.exit

k.body14.i:                                       ; preds = %k.body14.i, %k.cond13.preheader.i
  %k12.087.i = phi i64 [ 0, %k.cond13.preheader.i ], [ %422, %k.body14.i ]
  %s0_011.086.i = phi float [ 0.000000e+00, %k.cond13.preheader.i ], [ %421, %k.body14.i ]
  %417 = getelementptr float, ptr %412, i64 %k12.087.i
  %418 = load float, ptr %417, align 4
  %419 = getelementptr inbounds float, ptr %414, i64 %k12.087.i
  %420 = load float, ptr %419, align 4
  %421 = tail call float @llvm.fmuladd.f32(float %418, float %420, float %s0_011.086.i)
  %422 = add nuw nsw i64 %k12.087.i, 1
  %exitcond97.not.i = icmp eq i64 %422, 5
  br i1 %exitcond97.not.i, label %k.end16.i, label %k.body14.i

k.end16.i:                                        ; preds = %k.body14.i
  %423 = getelementptr inbounds float, ptr %y_bias613642, i64 %j5.088.i
  %424 = load float, ptr %423, align 4
  %425 = fadd float %421, %424
  %426 = getelementptr float, ptr %413, i64 %j5.088.i
  store float %425, ptr %426, align 4
  %427 = add nuw nsw i64 %j5.088.i, 1
  %exitcond98.not.i = icmp eq i64 %427, 3
  br i1 %exitcond98.not.i, label %j.end9.i, label %k.cond13.preheader.i

bn_vector_matmul_Bx3.exit:                        ; preds = %j.end9.i, %j.end.i
  br i1 %.not, label %i.end25.thread, label %i.body.i

i.end25.thread:                                   ; preds = %bn_vector_matmul_Bx3.exit
  store float 0.000000e+00, ptr %correct, align 4
  %428 = fdiv float 0.000000e+00, %0
  store float %428, ptr %loss619630, align 4
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(12) %d_y_bias616636, i8 0, i64 12, i1 false)
  br label %j.cond59.preheader

i.body.i:                                         ; preds = %bn_vector_matmul_Bx3.exit, %j.cond10.preheader.i
  %i.039.i = phi i64 [ %438, %j.cond10.preheader.i ], [ 0, %bn_vector_matmul_Bx3.exit ]
  %429 = mul nuw nsw i64 %i.039.i, 3
  %430 = getelementptr inbounds float, ptr %y_pre, i64 %429
  %431 = load float, ptr %430, align 4
  br label %j.body.i

j.body.i:                                         ; preds = %j.body.i, %i.body.i
  %j.035.i = phi i64 [ 0, %i.body.i ], [ %435, %j.body.i ]
  %mx.034.i = phi float [ %431, %i.body.i ], [ %434, %j.body.i ]
  %432 = getelementptr inbounds float, ptr %430, i64 %j.035.i
  %433 = load float, ptr %432, align 4
  %434 = tail call float @llvm.maxnum.f32(float %mx.034.i, float %433)
  %435 = add nuw nsw i64 %j.035.i, 1
  %exitcond.not.i422 = icmp eq i64 %435, 3
  br i1 %exitcond.not.i422, label %j.body5.i, label %j.body.i

j.cond10.preheader.i:                             ; preds = %j.body5.i
  %436 = getelementptr inbounds float, ptr %y, i64 %429
  %broadcast.splatinsert759 = insertelement <4 x float> poison, float %445, i64 0
  %broadcast.splat760 = shufflevector <4 x float> %broadcast.splatinsert759, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %wide.masked.load = tail call <4 x float> @llvm.masked.load.v4f32.p0(ptr nonnull %436, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison)
  %437 = fdiv <4 x float> %wide.masked.load, %broadcast.splat760
  tail call void @llvm.masked.store.v4f32.p0(<4 x float> %437, ptr %436, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>)
  %438 = add nuw nsw i64 %i.039.i, 1
  %exitcond43.not.i = icmp eq i64 %438, %n
  br i1 %exitcond43.not.i, label %i.body, label %i.body.i

j.body5.i:                                        ; preds = %j.body.i, %j.body5.i
  %j3.037.i = phi i64 [ %446, %j.body5.i ], [ 0, %j.body.i ]
  %sum.036.i = phi float [ %445, %j.body5.i ], [ 0.000000e+00, %j.body.i ]
  %439 = add nuw nsw i64 %j3.037.i, %429
  %440 = getelementptr inbounds float, ptr %y, i64 %439
  %441 = getelementptr inbounds float, ptr %y_pre, i64 %439
  %442 = load float, ptr %441, align 4
  %443 = fsub float %442, %434
  %444 = tail call float @llvm.exp.f32(float %443)
  store float %444, ptr %440, align 4
  %445 = fadd reassoc float %sum.036.i, %444
  %446 = add nuw nsw i64 %j3.037.i, 1
  %exitcond41.not.i = icmp eq i64 %446, 3
  br i1 %exitcond41.not.i, label %j.cond10.preheader.i, label %j.body5.i

i.body:                                           ; preds = %j.cond10.preheader.i, %j.end
  %hits.0456 = phi float [ %484, %j.end ], [ 0.000000e+00, %j.cond10.preheader.i ]
  %i.0455 = phi i64 [ %485, %j.end ], [ 0, %j.cond10.preheader.i ]
  %.idx431 = mul i64 %i.0455, 12
  %447 = getelementptr inbounds i8, ptr %y, i64 %.idx431
  %448 = load float, ptr %447, align 4
  br label %j.body

i.body.i424.preheader:                            ; preds = %j.end
  store float %484, ptr %correct, align 4
  br label %i.body.i424

i.body.i424:                                      ; preds = %i.body.i424.preheader, %j.end7.i
  %acc.028.i = phi float [ %469, %j.end7.i ], [ 0.000000e+00, %i.body.i424.preheader ]
  %i.027.i = phi i64 [ %470, %j.end7.i ], [ 0, %i.body.i424.preheader ]
  %.idx.i425 = mul i64 %i.027.i, 12
  %449 = getelementptr inbounds i8, ptr %y_pre, i64 %.idx.i425
  %450 = load float, ptr %449, align 4
  br label %j.body.i426

j.body.i426:                                      ; preds = %j.body.i426, %i.body.i424
  %j.024.i = phi i64 [ 0, %i.body.i424 ], [ %454, %j.body.i426 ]
  %mx.023.i = phi float [ %450, %i.body.i424 ], [ %453, %j.body.i426 ]
  %451 = getelementptr inbounds float, ptr %449, i64 %j.024.i
  %452 = load float, ptr %451, align 4
  %453 = tail call float @llvm.maxnum.f32(float %mx.023.i, float %452)
  %454 = add nuw nsw i64 %j.024.i, 1
  %exitcond.not.i427 = icmp eq i64 %454, 3
  br i1 %exitcond.not.i427, label %j.body5.i429, label %j.body.i426

j.body5.i429:                                     ; preds = %j.body.i426, %j.body5.i429
  %j3.026.i = phi i64 [ %460, %j.body5.i429 ], [ 0, %j.body.i426 ]
  %sum.025.i = phi float [ %459, %j.body5.i429 ], [ 0.000000e+00, %j.body.i426 ]
  %455 = getelementptr inbounds float, ptr %449, i64 %j3.026.i
  %456 = load float, ptr %455, align 4
  %457 = fsub float %456, %453
  %458 = tail call float @llvm.exp.f32(float %457)
  %459 = fadd reassoc float %sum.025.i, %458
  %460 = add nuw nsw i64 %j3.026.i, 1
  %exitcond31.not.i = icmp eq i64 %460, 3
  br i1 %exitcond31.not.i, label %j.end7.i, label %j.body5.i429

j.end7.i:                                         ; preds = %j.body5.i429
  %461 = getelementptr inbounds float, ptr %target, i64 %i.027.i
  %462 = load float, ptr %461, align 4
  %463 = fptoui float %462 to i64
  %464 = tail call float @llvm.log.f32(float %459)
  %465 = fadd float %453, %464
  %466 = getelementptr float, ptr %449, i64 %463
  %467 = load float, ptr %466, align 4
  %468 = fsub float %465, %467
  %469 = fadd reassoc float %acc.028.i, %468
  %470 = add nuw nsw i64 %i.027.i, 1
  %exitcond32.not.i = icmp eq i64 %470, %n
  br i1 %exitcond32.not.i, label %i.body23.preheader, label %i.body.i424

i.body23.preheader:                               ; preds = %j.end7.i
  %471 = fdiv float %469, %0
  store float %471, ptr %loss619630, align 4
  %472 = fdiv float 1.000000e+00, %0
  %broadcast.splatinsert773 = insertelement <4 x float> poison, float %472, i64 0
  %broadcast.splat774 = shufflevector <4 x float> %broadcast.splatinsert773, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  br label %i.body23

j.body:                                           ; preds = %i.body, %j.body
  %best.0454 = phi float [ %448, %i.body ], [ %477, %j.body ]
  %arg.0453 = phi i64 [ 0, %i.body ], [ %476, %j.body ]
  %j.0452 = phi i64 [ 0, %i.body ], [ %478, %j.body ]
  %473 = getelementptr inbounds float, ptr %447, i64 %j.0452
  %474 = load float, ptr %473, align 4
  %475 = fcmp ogt float %474, %best.0454
  %476 = select i1 %475, i64 %j.0452, i64 %arg.0453
  %477 = tail call float @llvm.maxnum.f32(float %best.0454, float %474)
  %478 = add nuw nsw i64 %j.0452, 1
  %exitcond573.not = icmp eq i64 %478, 3
  br i1 %exitcond573.not, label %j.end, label %j.body

j.end:                                            ; preds = %j.body
  %479 = getelementptr inbounds float, ptr %target, i64 %i.0455
  %480 = load float, ptr %479, align 4
  %481 = fptoui float %480 to i64
  %482 = icmp eq i64 %476, %481
  %483 = select i1 %482, float 1.000000e+00, float 0.000000e+00
  %484 = fadd reassoc float %hits.0456, %483
  %485 = add nuw nsw i64 %i.0455, 1
  %exitcond574.not = icmp eq i64 %485, %n
  br i1 %exitcond574.not, label %i.body.i424.preheader, label %i.body

i.body23:                                         ; preds = %i.body23.preheader, %j.end38
  %i21.0463 = phi i64 [ %510, %j.end38 ], [ 0, %i.body23.preheader ]
  %486 = mul nuw nsw i64 %i21.0463, 3
  %487 = getelementptr inbounds float, ptr %y_pre, i64 %486
  %488 = load float, ptr %487, align 4
  br label %j.body29

j.cond53.preheader.preheader:                     ; preds = %j.end38
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(12) %d_y_bias616636, i8 0, i64 12, i1 false)
  br label %j.cond53.preheader

j.body29:                                         ; preds = %i.body23, %j.body29
  %mx.0459 = phi float [ %488, %i.body23 ], [ %491, %j.body29 ]
  %j27.0458 = phi i64 [ 0, %i.body23 ], [ %492, %j.body29 ]
  %489 = getelementptr inbounds float, ptr %487, i64 %j27.0458
  %490 = load float, ptr %489, align 4
  %491 = tail call float @llvm.maxnum.f32(float %mx.0459, float %490)
  %492 = add nuw nsw i64 %j27.0458, 1
  %exitcond575.not = icmp eq i64 %492, 3
  br i1 %exitcond575.not, label %j.body36, label %j.body29

j.body36:                                         ; preds = %j.body29, %j.body36
  %j34.0461 = phi i64 [ %500, %j.body36 ], [ 0, %j.body29 ]
  %sum33.0460 = phi float [ %499, %j.body36 ], [ 0.000000e+00, %j.body29 ]
  %493 = add nuw nsw i64 %j34.0461, %486
  %494 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %493
  %495 = getelementptr inbounds float, ptr %y_pre, i64 %493
  %496 = load float, ptr %495, align 4
  %497 = fsub float %496, %491
  %498 = tail call float @llvm.exp.f32(float %497)
  store float %498, ptr %494, align 4
  %499 = fadd reassoc float %sum33.0460, %498
  %500 = add nuw nsw i64 %j34.0461, 1
  %exitcond576.not = icmp eq i64 %500, 3
  br i1 %exitcond576.not, label %j.end38, label %j.body36

j.end38:                                          ; preds = %j.body36
  %501 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %486
  %502 = getelementptr inbounds float, ptr %target, i64 %i21.0463
  %503 = load float, ptr %502, align 4
  %504 = fptoui float %503 to i64
  %broadcast.splatinsert769 = insertelement <4 x float> poison, float %499, i64 0
  %broadcast.splat770 = shufflevector <4 x float> %broadcast.splatinsert769, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %broadcast.splatinsert771 = insertelement <4 x i64> poison, i64 %504, i64 0
  %broadcast.splat772 = shufflevector <4 x i64> %broadcast.splatinsert771, <4 x i64> poison, <4 x i32> zeroinitializer
  %wide.masked.load768 = tail call <4 x float> @llvm.masked.load.v4f32.p0(ptr %501, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison)
  %505 = fdiv <4 x float> %wide.masked.load768, %broadcast.splat770
  %506 = icmp eq <4 x i64> %broadcast.splat772, <i64 0, i64 1, i64 2, i64 3>
  %507 = select <4 x i1> %506, <4 x float> <float 1.000000e+00, float 1.000000e+00, float 1.000000e+00, float poison>, <4 x float> <float 0.000000e+00, float 0.000000e+00, float 0.000000e+00, float poison>
  %508 = fsub <4 x float> %505, %507
  %509 = fmul <4 x float> %broadcast.splat774, %508
  tail call void @llvm.masked.store.v4f32.p0(<4 x float> %509, ptr %501, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>)
  %510 = add nuw nsw i64 %i21.0463, 1
  %exitcond578.not = icmp eq i64 %510, %n
  br i1 %exitcond578.not, label %j.cond53.preheader.preheader, label %i.body23

j.cond53.preheader:                               ; preds = %j.cond53.preheader.preheader, %j.end56
  %i46.0465 = phi i64 [ %519, %j.end56 ], [ 0, %j.cond53.preheader.preheader ]
  %.idx416 = mul i64 %i46.0465, 12
  %511 = getelementptr inbounds i8, ptr %d_y_pre618632, i64 %.idx416
  br label %j.body54

j.cond59.preheader:                               ; preds = %j.end56, %i.end25.thread
  %512 = and i64 %n, -8
  %.not532 = icmp eq i64 %512, 0
  %.not533 = icmp eq i64 %512, %n
  %invariant.gep680 = getelementptr i8, ptr %d_y_pre618632, i64 48
  br label %i0.cond.preheader

j.body54:                                         ; preds = %j.cond53.preheader, %j.body54
  %j52.0464 = phi i64 [ 0, %j.cond53.preheader ], [ %518, %j.body54 ]
  %513 = getelementptr inbounds float, ptr %d_y_bias616636, i64 %j52.0464
  %514 = load float, ptr %513, align 4
  %515 = getelementptr inbounds float, ptr %511, i64 %j52.0464
  %516 = load float, ptr %515, align 4
  %517 = fadd float %514, %516
  store float %517, ptr %513, align 4
  %518 = add nuw nsw i64 %j52.0464, 1
  %exitcond579.not = icmp eq i64 %518, 3
  br i1 %exitcond579.not, label %j.end56, label %j.body54

j.end56:                                          ; preds = %j.body54
  %519 = add nuw nsw i64 %i46.0465, 1
  %exitcond580.not = icmp eq i64 %519, %n
  br i1 %exitcond580.not, label %j.cond59.preheader, label %j.cond53.preheader

i0.cond.preheader:                                ; preds = %j.cond59.preheader, %i.end70
  %j58.0488 = phi i64 [ 0, %j.cond59.preheader ], [ %582, %i.end70 ]
  %invariant.gep477 = getelementptr float, ptr %y_pre, i64 %j58.0488
  br i1 %.not532, label %i.cond67.preheader, label %k.cond.preheader.lr.ph

k.cond.preheader.lr.ph:                           ; preds = %i0.cond.preheader
  %invariant.gep466 = getelementptr inbounds float, ptr %y_weight, i64 %j58.0488
  br label %k.cond.preheader

j.cond81.preheader:                               ; preds = %i.end70
  br i1 %.not, label %i.cond87.preheader, label %i.cond87.preheader.us

i.cond87.preheader.us:                            ; preds = %j.cond81.preheader, %i.end90.split.us.us
  %j80.0499.us = phi i64 [ %525, %i.end90.split.us.us ], [ 0, %j.cond81.preheader ]
  %invariant.gep489.us = getelementptr float, ptr %h617634, i64 %j80.0499.us
  %invariant.gep496.us = getelementptr inbounds float, ptr %d_y_weight, i64 %j80.0499.us
  br label %k.cond94.preheader.us.us

k.cond94.preheader.us.us:                         ; preds = %k.cond94.k.end97_crit_edge.us.us, %i.cond87.preheader.us
  %i86.0498.us.us = phi i64 [ 0, %i.cond87.preheader.us ], [ %524, %k.cond94.k.end97_crit_edge.us.us ]
  %invariant.gep491.us.us = getelementptr float, ptr %d_y_pre618632, i64 %i86.0498.us.us
  br label %k.body95.us.us

k.body95.us.us:                                   ; preds = %k.body95.us.us, %k.cond94.preheader.us.us
  %k93.0494.us.us = phi i64 [ 0, %k.cond94.preheader.us.us ], [ %523, %k.body95.us.us ]
  %s092.0493.us.us = phi float [ 0.000000e+00, %k.cond94.preheader.us.us ], [ %522, %k.body95.us.us ]
  %.idx400.us.us = mul i64 %k93.0494.us.us, 20
  %gep490.us.us = getelementptr i8, ptr %invariant.gep489.us, i64 %.idx400.us.us
  %520 = load float, ptr %gep490.us.us, align 4
  %.idx401.us.us = mul i64 %k93.0494.us.us, 12
  %gep492.us.us = getelementptr i8, ptr %invariant.gep491.us.us, i64 %.idx401.us.us
  %521 = load float, ptr %gep492.us.us, align 4
  %522 = tail call float @llvm.fmuladd.f32(float %521, float %520, float %s092.0493.us.us)
  %523 = add nuw nsw i64 %k93.0494.us.us, 1
  %exitcond584.not = icmp eq i64 %523, %n
  br i1 %exitcond584.not, label %k.cond94.k.end97_crit_edge.us.us, label %k.body95.us.us

k.cond94.k.end97_crit_edge.us.us:                 ; preds = %k.body95.us.us
  %.idx399.us.us = mul nuw nsw i64 %i86.0498.us.us, 20
  %gep497.us.us = getelementptr inbounds i8, ptr %invariant.gep496.us, i64 %.idx399.us.us
  store float %522, ptr %gep497.us.us, align 4
  %524 = add nuw nsw i64 %i86.0498.us.us, 1
  %exitcond585.not = icmp eq i64 %524, 3
  br i1 %exitcond585.not, label %i.end90.split.us.us, label %k.cond94.preheader.us.us

i.end90.split.us.us:                              ; preds = %k.cond94.k.end97_crit_edge.us.us
  %525 = add nuw nsw i64 %j80.0499.us, 1
  %exitcond586.not = icmp eq i64 %525, 5
  br i1 %exitcond586.not, label %i.body102.preheader, label %i.cond87.preheader.us

i.cond67.preheader:                               ; preds = %k.end, %i0.cond.preheader
  br i1 %.not533, label %i.end70, label %k.cond74.preheader.lr.ph

k.cond74.preheader.lr.ph:                         ; preds = %i.cond67.preheader
  %invariant.gep481 = getelementptr inbounds float, ptr %y_weight, i64 %j58.0488
  br label %k.cond74.preheader

k.cond.preheader:                                 ; preds = %k.cond.preheader.lr.ph, %k.end
  %i0.0479 = phi i64 [ 0, %k.cond.preheader.lr.ph ], [ %579, %k.end ]
  %526 = mul nuw nsw i64 %i0.0479, 3
  %527 = or disjoint i64 %526, 3
  %528 = getelementptr float, ptr %d_y_pre618632, i64 %527
  %529 = or disjoint i64 %526, 6
  %530 = getelementptr float, ptr %d_y_pre618632, i64 %529
  %.idx412 = mul i64 %i0.0479, 12
  %531 = getelementptr i8, ptr %d_y_pre618632, i64 %.idx412
  %532 = getelementptr i8, ptr %531, i64 36
  %533 = getelementptr i8, ptr %531, i64 60
  %534 = getelementptr i8, ptr %531, i64 72
  %535 = getelementptr i8, ptr %531, i64 84
  %gep681 = getelementptr float, ptr %invariant.gep680, i64 %526
  br label %k.body

k.body:                                           ; preds = %k.cond.preheader, %k.body
  %k.0476 = phi i64 [ 0, %k.cond.preheader ], [ %561, %k.body ]
  %s7.0475 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %560, %k.body ]
  %s6.0474 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %557, %k.body ]
  %s5.0473 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %554, %k.body ]
  %s4.0472 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %551, %k.body ]
  %s3.0471 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %549, %k.body ]
  %s2.0470 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %546, %k.body ]
  %s1.0469 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %543, %k.body ]
  %s0.0468 = phi float [ 0.000000e+00, %k.cond.preheader ], [ %540, %k.body ]
  %.idx411 = mul nuw nsw i64 %k.0476, 20
  %gep467 = getelementptr inbounds i8, ptr %invariant.gep466, i64 %.idx411
  %536 = load float, ptr %gep467, align 4
  %537 = or disjoint i64 %k.0476, %526
  %538 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %537
  %539 = load float, ptr %538, align 4
  %540 = tail call float @llvm.fmuladd.f32(float %539, float %536, float %s0.0468)
  %541 = getelementptr float, ptr %528, i64 %k.0476
  %542 = load float, ptr %541, align 4
  %543 = tail call float @llvm.fmuladd.f32(float %542, float %536, float %s1.0469)
  %544 = getelementptr float, ptr %530, i64 %k.0476
  %545 = load float, ptr %544, align 4
  %546 = tail call float @llvm.fmuladd.f32(float %545, float %536, float %s2.0470)
  %547 = getelementptr float, ptr %532, i64 %k.0476
  %548 = load float, ptr %547, align 4
  %549 = tail call float @llvm.fmuladd.f32(float %548, float %536, float %s3.0471)
  %gep679 = getelementptr float, ptr %gep681, i64 %k.0476
  %550 = load float, ptr %gep679, align 4
  %551 = tail call float @llvm.fmuladd.f32(float %550, float %536, float %s4.0472)
  %552 = getelementptr float, ptr %533, i64 %k.0476
  %553 = load float, ptr %552, align 4
  %554 = tail call float @llvm.fmuladd.f32(float %553, float %536, float %s5.0473)
  %555 = getelementptr float, ptr %534, i64 %k.0476
  %556 = load float, ptr %555, align 4
  %557 = tail call float @llvm.fmuladd.f32(float %556, float %536, float %s6.0474)
  %558 = getelementptr float, ptr %535, i64 %k.0476
  %559 = load float, ptr %558, align 4
  %560 = tail call float @llvm.fmuladd.f32(float %559, float %536, float %s7.0475)
  %561 = add nuw nsw i64 %k.0476, 1
  %exitcond581.not = icmp eq i64 %561, 3
  br i1 %exitcond581.not, label %k.end, label %k.body

k.end:                                            ; preds = %k.body
  %562 = mul nuw nsw i64 %i0.0479, 5
  %563 = or disjoint i64 %562, %j58.0488
  %564 = getelementptr inbounds float, ptr %y_pre, i64 %563
  store float %540, ptr %564, align 4
  %565 = or disjoint i64 %562, 5
  %gep478 = getelementptr float, ptr %invariant.gep477, i64 %565
  store float %543, ptr %gep478, align 4
  %.idx405 = mul i64 %i0.0479, 20
  %566 = getelementptr i8, ptr %y_pre, i64 %.idx405
  %567 = getelementptr i8, ptr %566, i64 40
  %568 = getelementptr float, ptr %567, i64 %j58.0488
  store float %546, ptr %568, align 4
  %569 = getelementptr i8, ptr %566, i64 60
  %570 = getelementptr float, ptr %569, i64 %j58.0488
  store float %549, ptr %570, align 4
  %571 = getelementptr i8, ptr %566, i64 80
  %572 = getelementptr float, ptr %571, i64 %j58.0488
  store float %551, ptr %572, align 4
  %573 = getelementptr i8, ptr %566, i64 100
  %574 = getelementptr float, ptr %573, i64 %j58.0488
  store float %554, ptr %574, align 4
  %575 = getelementptr i8, ptr %566, i64 120
  %576 = getelementptr float, ptr %575, i64 %j58.0488
  store float %557, ptr %576, align 4
  %577 = getelementptr i8, ptr %566, i64 140
  %578 = getelementptr float, ptr %577, i64 %j58.0488
  store float %560, ptr %578, align 4
  %579 = add nuw nsw i64 %i0.0479, 8
  %580 = icmp ult i64 %579, %512
  br i1 %580, label %k.cond.preheader, label %i.cond67.preheader

k.cond74.preheader:                               ; preds = %k.cond74.preheader.lr.ph, %k.end77
  %i66.0487 = phi i64 [ %512, %k.cond74.preheader.lr.ph ], [ %588, %k.end77 ]
  %.idx404 = mul i64 %i66.0487, 12
  %581 = getelementptr i8, ptr %d_y_pre618632, i64 %.idx404
  br label %k.body75

i.end70:                                          ; preds = %k.end77, %i.cond67.preheader
  %582 = add nuw nsw i64 %j58.0488, 1
  %exitcond583.not = icmp eq i64 %582, 5
  br i1 %exitcond583.not, label %j.cond81.preheader, label %i0.cond.preheader

k.body75:                                         ; preds = %k.cond74.preheader, %k.body75
  %k73.0484 = phi i64 [ 0, %k.cond74.preheader ], [ %587, %k.body75 ]
  %s072.0483 = phi float [ 0.000000e+00, %k.cond74.preheader ], [ %586, %k.body75 ]
  %.idx403 = mul nuw nsw i64 %k73.0484, 20
  %gep482 = getelementptr inbounds i8, ptr %invariant.gep481, i64 %.idx403
  %583 = load float, ptr %gep482, align 4
  %584 = getelementptr float, ptr %581, i64 %k73.0484
  %585 = load float, ptr %584, align 4
  %586 = tail call float @llvm.fmuladd.f32(float %585, float %583, float %s072.0483)
  %587 = add nuw nsw i64 %k73.0484, 1
  %exitcond582.not = icmp eq i64 %587, 3
  br i1 %exitcond582.not, label %k.end77, label %k.body75

k.end77:                                          ; preds = %k.body75
  %.idx402 = mul i64 %i66.0487, 20
  %gep486 = getelementptr i8, ptr %invariant.gep477, i64 %.idx402
  store float %586, ptr %gep486, align 4
  %588 = add nuw nsw i64 %i66.0487, 1
  %589 = icmp ult i64 %588, %n
  br i1 %589, label %k.cond74.preheader, label %i.end70

i.cond87.preheader:                               ; preds = %j.cond81.preheader, %i.cond87.preheader
  %j80.0499 = phi i64 [ %592, %i.cond87.preheader ], [ 0, %j.cond81.preheader ]
  %invariant.gep496 = getelementptr inbounds float, ptr %d_y_weight, i64 %j80.0499
  store float 0.000000e+00, ptr %invariant.gep496, align 4
  %590 = getelementptr inbounds i8, ptr %invariant.gep496, i64 20
  store float 0.000000e+00, ptr %590, align 4
  %591 = getelementptr inbounds i8, ptr %invariant.gep496, i64 40
  store float 0.000000e+00, ptr %591, align 4
  %592 = add nuw nsw i64 %j80.0499, 1
  %exitcond588.not = icmp eq i64 %592, 5
  br i1 %exitcond588.not, label %i.cond101.preheader, label %i.cond87.preheader

i.cond101.preheader:                              ; preds = %i.cond87.preheader
  br i1 %.not, label %ch.body108.preheader, label %i.body102.preheader

i.body102.preheader:                              ; preds = %i.end90.split.us.us, %i.cond101.preheader
  %593 = mul i64 %n, 5
  %umax = tail call i64 @llvm.umax.i64(i64 %593, i64 1)
  %min.iters.check797 = icmp ult i64 %593, 32
  br i1 %min.iters.check797, label %i.body102.preheader921, label %vector.memcheck

vector.memcheck:                                  ; preds = %i.body102.preheader
  %594 = sub i64 %d_y_pre618632791, %h617634792
  %diff.check = icmp ult i64 %594, 128
  %595 = add i64 %d_y_pre618632791, -1856
  %596 = sub i64 %595, %ws793
  %diff.check794 = icmp ult i64 %596, 128
  %conflict.rdx = or i1 %diff.check, %diff.check794
  br i1 %conflict.rdx, label %i.body102.preheader921, label %vector.ph798

vector.ph798:                                     ; preds = %vector.memcheck
  %n.vec800 = and i64 %umax, -32
  br label %vector.body802

vector.body802:                                   ; preds = %vector.body802, %vector.ph798
  %index803 = phi i64 [ 0, %vector.ph798 ], [ %index.next811, %vector.body802 ]
  %597 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %index803
  %598 = getelementptr inbounds float, ptr %h617634, i64 %index803
  %599 = getelementptr inbounds i8, ptr %598, i64 32
  %600 = getelementptr inbounds i8, ptr %598, i64 64
  %601 = getelementptr inbounds i8, ptr %598, i64 96
  %wide.load = load <8 x float>, ptr %598, align 4
  %wide.load804 = load <8 x float>, ptr %599, align 4
  %wide.load805 = load <8 x float>, ptr %600, align 4
  %wide.load806 = load <8 x float>, ptr %601, align 4
  %602 = fcmp ogt <8 x float> %wide.load, zeroinitializer
  %603 = fcmp ogt <8 x float> %wide.load804, zeroinitializer
  %604 = fcmp ogt <8 x float> %wide.load805, zeroinitializer
  %605 = fcmp ogt <8 x float> %wide.load806, zeroinitializer
  %606 = getelementptr inbounds float, ptr %y_pre, i64 %index803
  %607 = getelementptr inbounds i8, ptr %606, i64 32
  %608 = getelementptr inbounds i8, ptr %606, i64 64
  %609 = getelementptr inbounds i8, ptr %606, i64 96
  %wide.load807 = load <8 x float>, ptr %606, align 64
  %wide.load808 = load <8 x float>, ptr %607, align 32
  %wide.load809 = load <8 x float>, ptr %608, align 64
  %wide.load810 = load <8 x float>, ptr %609, align 32
  %610 = select <8 x i1> %602, <8 x float> %wide.load807, <8 x float> zeroinitializer
  %611 = select <8 x i1> %603, <8 x float> %wide.load808, <8 x float> zeroinitializer
  %612 = select <8 x i1> %604, <8 x float> %wide.load809, <8 x float> zeroinitializer
  %613 = select <8 x i1> %605, <8 x float> %wide.load810, <8 x float> zeroinitializer
  %614 = getelementptr inbounds i8, ptr %597, i64 32
  %615 = getelementptr inbounds i8, ptr %597, i64 64
  %616 = getelementptr inbounds i8, ptr %597, i64 96
  store <8 x float> %610, ptr %597, align 4
  store <8 x float> %611, ptr %614, align 4
  store <8 x float> %612, ptr %615, align 4
  store <8 x float> %613, ptr %616, align 4
  %index.next811 = add nuw i64 %index803, 32
  %617 = icmp eq i64 %index.next811, %n.vec800
  br i1 %617, label %middle.block795, label %vector.body802, !llvm.loop !10

middle.block795:                                  ; preds = %vector.body802
  %cmp.n812 = icmp eq i64 %593, %n.vec800
  br i1 %cmp.n812, label %ch.body108.preheader, label %i.body102.preheader921

i.body102.preheader921:                           ; preds = %middle.block795, %vector.memcheck, %i.body102.preheader
  %i100.0500.ph = phi i64 [ 0, %vector.memcheck ], [ 0, %i.body102.preheader ], [ %n.vec800, %middle.block795 ]
  br label %i.body102

i.body102:                                        ; preds = %i.body102.preheader921, %i.body102
  %i100.0500 = phi i64 [ %625, %i.body102 ], [ %i100.0500.ph, %i.body102.preheader921 ]
  %618 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %i100.0500
  %619 = getelementptr inbounds float, ptr %h617634, i64 %i100.0500
  %620 = load float, ptr %619, align 4
  %621 = fcmp ogt float %620, 0.000000e+00
  %622 = getelementptr inbounds float, ptr %y_pre, i64 %i100.0500
  %623 = load float, ptr %622, align 4
  %624 = select i1 %621, float %623, float 0.000000e+00
  store float %624, ptr %618, align 4
  %625 = add nuw nsw i64 %i100.0500, 1
  %exitcond589.not = icmp eq i64 %625, %umax
  br i1 %exitcond589.not, label %ch.body108.preheader, label %i.body102, !llvm.loop !11

ch.body108.preheader:                             ; preds = %i.body102, %middle.block795, %i.cond101.preheader
  %min.iters.check815 = icmp ult i64 %n, 33
  %n.mod.vf817 = and i64 %n, 31
  %626 = icmp eq i64 %n.mod.vf817, 0
  %627 = select i1 %626, i64 32, i64 %n.mod.vf817
  %n.vec818 = sub i64 %n, %627
  br label %ch.body108

ch.body108:                                       ; preds = %ch.body108.preheader, %img.end117
  %ch106.0505 = phi i64 [ %945, %img.end117 ], [ 0, %ch.body108.preheader ]
  %628 = getelementptr inbounds float, ptr %h_1_stats, i64 %ch106.0505
  %629 = load float, ptr %628, align 4
  br i1 %.not, label %img.end117, label %img.body115.preheader

img.body115.preheader:                            ; preds = %ch.body108
  br i1 %min.iters.check815, label %img.body115.preheader915, label %vector.ph816

vector.ph816:                                     ; preds = %img.body115.preheader
  %broadcast.splatinsert826 = insertelement <8 x float> poison, float %629, i64 0
  %broadcast.splat827 = shufflevector <8 x float> %broadcast.splatinsert826, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body820

vector.body820:                                   ; preds = %vector.body820, %vector.ph816
  %index821 = phi i64 [ 0, %vector.ph816 ], [ %index.next828, %vector.body820 ]
  %vec.phi822 = phi <8 x float> [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph816 ], [ %925, %vector.body820 ]
  %vec.phi823 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph816 ], [ %926, %vector.body820 ]
  %vec.phi824 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph816 ], [ %927, %vector.body820 ]
  %vec.phi825 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph816 ], [ %928, %vector.body820 ]
  %630 = mul nuw nsw i64 %index821, 5
  %631 = mul nuw i64 %index821, 5
  %632 = or disjoint i64 %631, 5
  %633 = mul nuw i64 %index821, 5
  %634 = or disjoint i64 %633, 10
  %635 = mul nuw i64 %index821, 5
  %636 = or disjoint i64 %635, 15
  %637 = mul nuw i64 %index821, 5
  %638 = or disjoint i64 %637, 20
  %639 = mul nuw i64 %index821, 5
  %640 = or disjoint i64 %639, 25
  %641 = mul nuw i64 %index821, 5
  %642 = or disjoint i64 %641, 30
  %643 = mul nuw i64 %index821, 5
  %644 = add nuw i64 %643, 35
  %645 = mul nuw i64 %index821, 5
  %646 = add nuw i64 %645, 40
  %647 = mul nuw i64 %index821, 5
  %648 = add nuw i64 %647, 45
  %649 = mul nuw i64 %index821, 5
  %650 = add nuw i64 %649, 50
  %651 = mul nuw i64 %index821, 5
  %652 = add nuw i64 %651, 55
  %653 = mul nuw i64 %index821, 5
  %654 = add nuw i64 %653, 60
  %655 = mul nuw i64 %index821, 5
  %656 = add nuw i64 %655, 65
  %657 = mul nuw i64 %index821, 5
  %658 = add nuw i64 %657, 70
  %659 = mul nuw i64 %index821, 5
  %660 = add nuw i64 %659, 75
  %661 = mul nuw i64 %index821, 5
  %662 = add nuw i64 %661, 80
  %663 = mul nuw i64 %index821, 5
  %664 = add nuw i64 %663, 85
  %665 = mul nuw i64 %index821, 5
  %666 = add nuw i64 %665, 90
  %667 = mul nuw i64 %index821, 5
  %668 = add nuw i64 %667, 95
  %669 = mul nuw i64 %index821, 5
  %670 = add nuw i64 %669, 100
  %671 = mul nuw i64 %index821, 5
  %672 = add nuw i64 %671, 105
  %673 = mul nuw i64 %index821, 5
  %674 = add nuw i64 %673, 110
  %675 = mul nuw i64 %index821, 5
  %676 = add nuw i64 %675, 115
  %677 = mul nuw i64 %index821, 5
  %678 = add nuw i64 %677, 120
  %679 = mul nuw i64 %index821, 5
  %680 = add nuw i64 %679, 125
  %681 = mul nuw i64 %index821, 5
  %682 = add nuw i64 %681, 130
  %683 = mul nuw i64 %index821, 5
  %684 = add nuw i64 %683, 135
  %685 = mul nuw i64 %index821, 5
  %686 = add nuw i64 %685, 140
  %687 = mul nuw i64 %index821, 5
  %688 = add nuw i64 %687, 145
  %689 = mul nuw i64 %index821, 5
  %690 = add nuw i64 %689, 150
  %691 = mul nuw i64 %index821, 5
  %692 = add nuw i64 %691, 155
  %693 = add nuw nsw i64 %630, %ch106.0505
  %694 = add nuw nsw i64 %632, %ch106.0505
  %695 = add nuw nsw i64 %634, %ch106.0505
  %696 = add nuw nsw i64 %636, %ch106.0505
  %697 = add nuw nsw i64 %638, %ch106.0505
  %698 = add nuw nsw i64 %640, %ch106.0505
  %699 = add nuw nsw i64 %642, %ch106.0505
  %700 = add nuw nsw i64 %644, %ch106.0505
  %701 = add nuw nsw i64 %646, %ch106.0505
  %702 = add nuw nsw i64 %648, %ch106.0505
  %703 = add nuw nsw i64 %650, %ch106.0505
  %704 = add nuw nsw i64 %652, %ch106.0505
  %705 = add nuw nsw i64 %654, %ch106.0505
  %706 = add nuw nsw i64 %656, %ch106.0505
  %707 = add nuw nsw i64 %658, %ch106.0505
  %708 = add nuw nsw i64 %660, %ch106.0505
  %709 = add nuw nsw i64 %662, %ch106.0505
  %710 = add nuw nsw i64 %664, %ch106.0505
  %711 = add nuw nsw i64 %666, %ch106.0505
  %712 = add nuw nsw i64 %668, %ch106.0505
  %713 = add nuw nsw i64 %670, %ch106.0505
  %714 = add nuw nsw i64 %672, %ch106.0505
  %715 = add nuw nsw i64 %674, %ch106.0505
  %716 = add nuw nsw i64 %676, %ch106.0505
  %717 = add nuw nsw i64 %678, %ch106.0505
  %718 = add nuw nsw i64 %680, %ch106.0505
  %719 = add nuw nsw i64 %682, %ch106.0505
  %720 = add nuw nsw i64 %684, %ch106.0505
  %721 = add nuw nsw i64 %686, %ch106.0505
  %722 = add nuw nsw i64 %688, %ch106.0505
  %723 = add nuw nsw i64 %690, %ch106.0505
  %724 = add nuw nsw i64 %692, %ch106.0505
  %725 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %693
  %726 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %694
  %727 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %695
  %728 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %696
  %729 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %697
  %730 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %698
  %731 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %699
  %732 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %700
  %733 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %701
  %734 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %702
  %735 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %703
  %736 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %704
  %737 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %705
  %738 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %706
  %739 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %707
  %740 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %708
  %741 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %709
  %742 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %710
  %743 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %711
  %744 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %712
  %745 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %713
  %746 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %714
  %747 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %715
  %748 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %716
  %749 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %717
  %750 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %718
  %751 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %719
  %752 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %720
  %753 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %721
  %754 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %722
  %755 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %723
  %756 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %724
  %757 = load float, ptr %725, align 4
  %758 = load float, ptr %726, align 4
  %759 = load float, ptr %727, align 4
  %760 = load float, ptr %728, align 4
  %761 = load float, ptr %729, align 4
  %762 = load float, ptr %730, align 4
  %763 = load float, ptr %731, align 4
  %764 = load float, ptr %732, align 4
  %765 = insertelement <8 x float> poison, float %757, i64 0
  %766 = insertelement <8 x float> %765, float %758, i64 1
  %767 = insertelement <8 x float> %766, float %759, i64 2
  %768 = insertelement <8 x float> %767, float %760, i64 3
  %769 = insertelement <8 x float> %768, float %761, i64 4
  %770 = insertelement <8 x float> %769, float %762, i64 5
  %771 = insertelement <8 x float> %770, float %763, i64 6
  %772 = insertelement <8 x float> %771, float %764, i64 7
  %773 = load float, ptr %733, align 4
  %774 = load float, ptr %734, align 4
  %775 = load float, ptr %735, align 4
  %776 = load float, ptr %736, align 4
  %777 = load float, ptr %737, align 4
  %778 = load float, ptr %738, align 4
  %779 = load float, ptr %739, align 4
  %780 = load float, ptr %740, align 4
  %781 = insertelement <8 x float> poison, float %773, i64 0
  %782 = insertelement <8 x float> %781, float %774, i64 1
  %783 = insertelement <8 x float> %782, float %775, i64 2
  %784 = insertelement <8 x float> %783, float %776, i64 3
  %785 = insertelement <8 x float> %784, float %777, i64 4
  %786 = insertelement <8 x float> %785, float %778, i64 5
  %787 = insertelement <8 x float> %786, float %779, i64 6
  %788 = insertelement <8 x float> %787, float %780, i64 7
  %789 = load float, ptr %741, align 4
  %790 = load float, ptr %742, align 4
  %791 = load float, ptr %743, align 4
  %792 = load float, ptr %744, align 4
  %793 = load float, ptr %745, align 4
  %794 = load float, ptr %746, align 4
  %795 = load float, ptr %747, align 4
  %796 = load float, ptr %748, align 4
  %797 = insertelement <8 x float> poison, float %789, i64 0
  %798 = insertelement <8 x float> %797, float %790, i64 1
  %799 = insertelement <8 x float> %798, float %791, i64 2
  %800 = insertelement <8 x float> %799, float %792, i64 3
  %801 = insertelement <8 x float> %800, float %793, i64 4
  %802 = insertelement <8 x float> %801, float %794, i64 5
  %803 = insertelement <8 x float> %802, float %795, i64 6
  %804 = insertelement <8 x float> %803, float %796, i64 7
  %805 = load float, ptr %749, align 4
  %806 = load float, ptr %750, align 4
  %807 = load float, ptr %751, align 4
  %808 = load float, ptr %752, align 4
  %809 = load float, ptr %753, align 4
  %810 = load float, ptr %754, align 4
  %811 = load float, ptr %755, align 4
  %812 = load float, ptr %756, align 4
  %813 = insertelement <8 x float> poison, float %805, i64 0
  %814 = insertelement <8 x float> %813, float %806, i64 1
  %815 = insertelement <8 x float> %814, float %807, i64 2
  %816 = insertelement <8 x float> %815, float %808, i64 3
  %817 = insertelement <8 x float> %816, float %809, i64 4
  %818 = insertelement <8 x float> %817, float %810, i64 5
  %819 = insertelement <8 x float> %818, float %811, i64 6
  %820 = insertelement <8 x float> %819, float %812, i64 7
  %821 = getelementptr inbounds float, ptr %h_2, i64 %693
  %822 = getelementptr inbounds float, ptr %h_2, i64 %694
  %823 = getelementptr inbounds float, ptr %h_2, i64 %695
  %824 = getelementptr inbounds float, ptr %h_2, i64 %696
  %825 = getelementptr inbounds float, ptr %h_2, i64 %697
  %826 = getelementptr inbounds float, ptr %h_2, i64 %698
  %827 = getelementptr inbounds float, ptr %h_2, i64 %699
  %828 = getelementptr inbounds float, ptr %h_2, i64 %700
  %829 = getelementptr inbounds float, ptr %h_2, i64 %701
  %830 = getelementptr inbounds float, ptr %h_2, i64 %702
  %831 = getelementptr inbounds float, ptr %h_2, i64 %703
  %832 = getelementptr inbounds float, ptr %h_2, i64 %704
  %833 = getelementptr inbounds float, ptr %h_2, i64 %705
  %834 = getelementptr inbounds float, ptr %h_2, i64 %706
  %835 = getelementptr inbounds float, ptr %h_2, i64 %707
  %836 = getelementptr inbounds float, ptr %h_2, i64 %708
  %837 = getelementptr inbounds float, ptr %h_2, i64 %709
  %838 = getelementptr inbounds float, ptr %h_2, i64 %710
  %839 = getelementptr inbounds float, ptr %h_2, i64 %711
  %840 = getelementptr inbounds float, ptr %h_2, i64 %712
  %841 = getelementptr inbounds float, ptr %h_2, i64 %713
  %842 = getelementptr inbounds float, ptr %h_2, i64 %714
  %843 = getelementptr inbounds float, ptr %h_2, i64 %715
  %844 = getelementptr inbounds float, ptr %h_2, i64 %716
  %845 = getelementptr inbounds float, ptr %h_2, i64 %717
  %846 = getelementptr inbounds float, ptr %h_2, i64 %718
  %847 = getelementptr inbounds float, ptr %h_2, i64 %719
  %848 = getelementptr inbounds float, ptr %h_2, i64 %720
  %849 = getelementptr inbounds float, ptr %h_2, i64 %721
  %850 = getelementptr inbounds float, ptr %h_2, i64 %722
  %851 = getelementptr inbounds float, ptr %h_2, i64 %723
  %852 = getelementptr inbounds float, ptr %h_2, i64 %724
  %853 = load float, ptr %821, align 4
  %854 = load float, ptr %822, align 4
  %855 = load float, ptr %823, align 4
  %856 = load float, ptr %824, align 4
  %857 = load float, ptr %825, align 4
  %858 = load float, ptr %826, align 4
  %859 = load float, ptr %827, align 4
  %860 = load float, ptr %828, align 4
  %861 = insertelement <8 x float> poison, float %853, i64 0
  %862 = insertelement <8 x float> %861, float %854, i64 1
  %863 = insertelement <8 x float> %862, float %855, i64 2
  %864 = insertelement <8 x float> %863, float %856, i64 3
  %865 = insertelement <8 x float> %864, float %857, i64 4
  %866 = insertelement <8 x float> %865, float %858, i64 5
  %867 = insertelement <8 x float> %866, float %859, i64 6
  %868 = insertelement <8 x float> %867, float %860, i64 7
  %869 = load float, ptr %829, align 4
  %870 = load float, ptr %830, align 4
  %871 = load float, ptr %831, align 4
  %872 = load float, ptr %832, align 4
  %873 = load float, ptr %833, align 4
  %874 = load float, ptr %834, align 4
  %875 = load float, ptr %835, align 4
  %876 = load float, ptr %836, align 4
  %877 = insertelement <8 x float> poison, float %869, i64 0
  %878 = insertelement <8 x float> %877, float %870, i64 1
  %879 = insertelement <8 x float> %878, float %871, i64 2
  %880 = insertelement <8 x float> %879, float %872, i64 3
  %881 = insertelement <8 x float> %880, float %873, i64 4
  %882 = insertelement <8 x float> %881, float %874, i64 5
  %883 = insertelement <8 x float> %882, float %875, i64 6
  %884 = insertelement <8 x float> %883, float %876, i64 7
  %885 = load float, ptr %837, align 4
  %886 = load float, ptr %838, align 4
  %887 = load float, ptr %839, align 4
  %888 = load float, ptr %840, align 4
  %889 = load float, ptr %841, align 4
  %890 = load float, ptr %842, align 4
  %891 = load float, ptr %843, align 4
  %892 = load float, ptr %844, align 4
  %893 = insertelement <8 x float> poison, float %885, i64 0
  %894 = insertelement <8 x float> %893, float %886, i64 1
  %895 = insertelement <8 x float> %894, float %887, i64 2
  %896 = insertelement <8 x float> %895, float %888, i64 3
  %897 = insertelement <8 x float> %896, float %889, i64 4
  %898 = insertelement <8 x float> %897, float %890, i64 5
  %899 = insertelement <8 x float> %898, float %891, i64 6
  %900 = insertelement <8 x float> %899, float %892, i64 7
  %901 = load float, ptr %845, align 4
  %902 = load float, ptr %846, align 4
  %903 = load float, ptr %847, align 4
  %904 = load float, ptr %848, align 4
  %905 = load float, ptr %849, align 4
  %906 = load float, ptr %850, align 4
  %907 = load float, ptr %851, align 4
  %908 = load float, ptr %852, align 4
  %909 = insertelement <8 x float> poison, float %901, i64 0
  %910 = insertelement <8 x float> %909, float %902, i64 1
  %911 = insertelement <8 x float> %910, float %903, i64 2
  %912 = insertelement <8 x float> %911, float %904, i64 3
  %913 = insertelement <8 x float> %912, float %905, i64 4
  %914 = insertelement <8 x float> %913, float %906, i64 5
  %915 = insertelement <8 x float> %914, float %907, i64 6
  %916 = insertelement <8 x float> %915, float %908, i64 7
  %917 = fsub <8 x float> %868, %broadcast.splat827
  %918 = fsub <8 x float> %884, %broadcast.splat827
  %919 = fsub <8 x float> %900, %broadcast.splat827
  %920 = fsub <8 x float> %916, %broadcast.splat827
  %921 = fmul <8 x float> %772, %917
  %922 = fmul <8 x float> %788, %918
  %923 = fmul <8 x float> %804, %919
  %924 = fmul <8 x float> %820, %920
  %925 = fadd reassoc <8 x float> %vec.phi822, %921
  %926 = fadd reassoc <8 x float> %vec.phi823, %922
  %927 = fadd reassoc <8 x float> %vec.phi824, %923
  %928 = fadd reassoc <8 x float> %vec.phi825, %924
  %index.next828 = add nuw i64 %index821, 32
  %929 = icmp eq i64 %index.next828, %n.vec818
  br i1 %929, label %middle.block813, label %vector.body820, !llvm.loop !12

middle.block813:                                  ; preds = %vector.body820
  %bin.rdx829 = fadd reassoc <8 x float> %926, %925
  %bin.rdx830 = fadd reassoc <8 x float> %927, %bin.rdx829
  %bin.rdx831 = fadd reassoc <8 x float> %928, %bin.rdx830
  %930 = tail call reassoc float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %bin.rdx831)
  br label %img.body115.preheader915

img.body115.preheader915:                         ; preds = %middle.block813, %img.body115.preheader
  %img113.0503.ph = phi i64 [ 0, %img.body115.preheader ], [ %n.vec818, %middle.block813 ]
  %acc.0502.ph = phi float [ 0.000000e+00, %img.body115.preheader ], [ %930, %middle.block813 ]
  br label %img.body115

img.body115:                                      ; preds = %img.body115.preheader915, %img.body115
  %img113.0503 = phi i64 [ %940, %img.body115 ], [ %img113.0503.ph, %img.body115.preheader915 ]
  %acc.0502 = phi float [ %939, %img.body115 ], [ %acc.0502.ph, %img.body115.preheader915 ]
  %931 = mul nuw nsw i64 %img113.0503, 5
  %932 = add nuw nsw i64 %931, %ch106.0505
  %933 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %932
  %934 = load float, ptr %933, align 4
  %935 = getelementptr inbounds float, ptr %h_2, i64 %932
  %936 = load float, ptr %935, align 4
  %937 = fsub float %936, %629
  %938 = fmul float %934, %937
  %939 = fadd reassoc float %acc.0502, %938
  %940 = add nuw nsw i64 %img113.0503, 1
  %exitcond590.not = icmp eq i64 %940, %n
  br i1 %exitcond590.not, label %img.end117, label %img.body115, !llvm.loop !13

img.end117:                                       ; preds = %img.body115, %ch.body108
  %acc.0.lcssa = phi float [ 0.000000e+00, %ch.body108 ], [ %939, %img.body115 ]
  %941 = getelementptr inbounds float, ptr %d_h_1_weight, i64 %ch106.0505
  %942 = getelementptr inbounds i8, ptr %628, i64 20
  %943 = load float, ptr %942, align 4
  %944 = fmul float %acc.0.lcssa, %943
  store float %944, ptr %941, align 4
  %945 = add nuw nsw i64 %ch106.0505, 1
  %exitcond591.not = icmp eq i64 %945, 5
  br i1 %exitcond591.not, label %img.cond134.preheader.preheader, label %ch.body108

img.cond134.preheader.preheader:                  ; preds = %img.end117
  %min.iters.check835 = icmp ult i64 %n, 32
  %n.vec838 = and i64 %n, -32
  %cmp.n850 = icmp eq i64 %n.vec838, %n
  br label %img.cond134.preheader

img.cond134.preheader:                            ; preds = %img.cond134.preheader.preheader, %img.end137
  %ch126.0512 = phi i64 [ %1065, %img.end137 ], [ 0, %img.cond134.preheader.preheader ]
  br i1 %.not, label %img.end137, label %px.cond141.preheader.lr.ph

px.cond141.preheader.lr.ph:                       ; preds = %img.cond134.preheader
  %invariant.gep506 = getelementptr float, ptr %d_y_pre618632, i64 %ch126.0512
  br i1 %min.iters.check835, label %px.cond141.preheader.preheader, label %vector.ph836

vector.ph836:                                     ; preds = %px.cond141.preheader.lr.ph
  %invariant.gep1100 = getelementptr i8, ptr %invariant.gep506, i64 140
  %invariant.gep1102 = getelementptr i8, ptr %invariant.gep506, i64 160
  %invariant.gep1104 = getelementptr i8, ptr %invariant.gep506, i64 180
  %invariant.gep1106 = getelementptr i8, ptr %invariant.gep506, i64 200
  %invariant.gep1108 = getelementptr i8, ptr %invariant.gep506, i64 220
  %invariant.gep1110 = getelementptr i8, ptr %invariant.gep506, i64 240
  %invariant.gep1112 = getelementptr i8, ptr %invariant.gep506, i64 260
  %invariant.gep1114 = getelementptr i8, ptr %invariant.gep506, i64 280
  %invariant.gep1116 = getelementptr i8, ptr %invariant.gep506, i64 300
  %invariant.gep1118 = getelementptr i8, ptr %invariant.gep506, i64 320
  %invariant.gep1120 = getelementptr i8, ptr %invariant.gep506, i64 340
  %invariant.gep1122 = getelementptr i8, ptr %invariant.gep506, i64 360
  %invariant.gep1124 = getelementptr i8, ptr %invariant.gep506, i64 380
  %invariant.gep1126 = getelementptr i8, ptr %invariant.gep506, i64 400
  %invariant.gep1128 = getelementptr i8, ptr %invariant.gep506, i64 420
  %invariant.gep1130 = getelementptr i8, ptr %invariant.gep506, i64 440
  %invariant.gep1132 = getelementptr i8, ptr %invariant.gep506, i64 460
  %invariant.gep1134 = getelementptr i8, ptr %invariant.gep506, i64 480
  %invariant.gep1136 = getelementptr i8, ptr %invariant.gep506, i64 500
  %invariant.gep1138 = getelementptr i8, ptr %invariant.gep506, i64 520
  %invariant.gep1140 = getelementptr i8, ptr %invariant.gep506, i64 540
  %invariant.gep1142 = getelementptr i8, ptr %invariant.gep506, i64 560
  %invariant.gep1144 = getelementptr i8, ptr %invariant.gep506, i64 580
  %invariant.gep1146 = getelementptr i8, ptr %invariant.gep506, i64 600
  %invariant.gep1148 = getelementptr i8, ptr %invariant.gep506, i64 620
  br label %vector.body840

vector.body840:                                   ; preds = %vector.body840, %vector.ph836
  %index841 = phi i64 [ 0, %vector.ph836 ], [ %index.next846, %vector.body840 ]
  %vec.phi842 = phi <8 x float> [ <float 0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph836 ], [ %1055, %vector.body840 ]
  %vec.phi843 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph836 ], [ %1056, %vector.body840 ]
  %vec.phi844 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph836 ], [ %1057, %vector.body840 ]
  %vec.phi845 = phi <8 x float> [ <float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00, float -0.000000e+00>, %vector.ph836 ], [ %1058, %vector.body840 ]
  %946 = mul i64 %index841, 20
  %947 = mul i64 %index841, 20
  %948 = or disjoint i64 %947, 20
  %949 = mul i64 %index841, 20
  %950 = or disjoint i64 %949, 40
  %951 = mul i64 %index841, 20
  %952 = or disjoint i64 %951, 60
  %953 = mul i64 %index841, 20
  %954 = or disjoint i64 %953, 80
  %955 = mul i64 %index841, 20
  %956 = or disjoint i64 %955, 100
  %957 = mul i64 %index841, 20
  %958 = or disjoint i64 %957, 120
  %959 = mul i64 %index841, 20
  %960 = mul i64 %index841, 20
  %961 = mul i64 %index841, 20
  %962 = mul i64 %index841, 20
  %963 = mul i64 %index841, 20
  %964 = mul i64 %index841, 20
  %965 = mul i64 %index841, 20
  %966 = mul i64 %index841, 20
  %967 = mul i64 %index841, 20
  %968 = mul i64 %index841, 20
  %969 = mul i64 %index841, 20
  %970 = mul i64 %index841, 20
  %971 = mul i64 %index841, 20
  %972 = mul i64 %index841, 20
  %973 = mul i64 %index841, 20
  %974 = mul i64 %index841, 20
  %975 = mul i64 %index841, 20
  %976 = mul i64 %index841, 20
  %977 = mul i64 %index841, 20
  %978 = mul i64 %index841, 20
  %979 = mul i64 %index841, 20
  %980 = mul i64 %index841, 20
  %981 = mul i64 %index841, 20
  %982 = mul i64 %index841, 20
  %983 = mul i64 %index841, 20
  %984 = getelementptr i8, ptr %invariant.gep506, i64 %946
  %985 = getelementptr i8, ptr %invariant.gep506, i64 %948
  %986 = getelementptr i8, ptr %invariant.gep506, i64 %950
  %987 = getelementptr i8, ptr %invariant.gep506, i64 %952
  %988 = getelementptr i8, ptr %invariant.gep506, i64 %954
  %989 = getelementptr i8, ptr %invariant.gep506, i64 %956
  %990 = getelementptr i8, ptr %invariant.gep506, i64 %958
  %gep1101 = getelementptr i8, ptr %invariant.gep1100, i64 %959
  %gep1103 = getelementptr i8, ptr %invariant.gep1102, i64 %960
  %gep1105 = getelementptr i8, ptr %invariant.gep1104, i64 %961
  %gep1107 = getelementptr i8, ptr %invariant.gep1106, i64 %962
  %gep1109 = getelementptr i8, ptr %invariant.gep1108, i64 %963
  %gep1111 = getelementptr i8, ptr %invariant.gep1110, i64 %964
  %gep1113 = getelementptr i8, ptr %invariant.gep1112, i64 %965
  %gep1115 = getelementptr i8, ptr %invariant.gep1114, i64 %966
  %gep1117 = getelementptr i8, ptr %invariant.gep1116, i64 %967
  %gep1119 = getelementptr i8, ptr %invariant.gep1118, i64 %968
  %gep1121 = getelementptr i8, ptr %invariant.gep1120, i64 %969
  %gep1123 = getelementptr i8, ptr %invariant.gep1122, i64 %970
  %gep1125 = getelementptr i8, ptr %invariant.gep1124, i64 %971
  %gep1127 = getelementptr i8, ptr %invariant.gep1126, i64 %972
  %gep1129 = getelementptr i8, ptr %invariant.gep1128, i64 %973
  %gep1131 = getelementptr i8, ptr %invariant.gep1130, i64 %974
  %gep1133 = getelementptr i8, ptr %invariant.gep1132, i64 %975
  %gep1135 = getelementptr i8, ptr %invariant.gep1134, i64 %976
  %gep1137 = getelementptr i8, ptr %invariant.gep1136, i64 %977
  %gep1139 = getelementptr i8, ptr %invariant.gep1138, i64 %978
  %gep1141 = getelementptr i8, ptr %invariant.gep1140, i64 %979
  %gep1143 = getelementptr i8, ptr %invariant.gep1142, i64 %980
  %gep1145 = getelementptr i8, ptr %invariant.gep1144, i64 %981
  %gep1147 = getelementptr i8, ptr %invariant.gep1146, i64 %982
  %gep1149 = getelementptr i8, ptr %invariant.gep1148, i64 %983
  %991 = load float, ptr %984, align 4
  %992 = load float, ptr %985, align 4
  %993 = load float, ptr %986, align 4
  %994 = load float, ptr %987, align 4
  %995 = load float, ptr %988, align 4
  %996 = load float, ptr %989, align 4
  %997 = load float, ptr %990, align 4
  %998 = load float, ptr %gep1101, align 4
  %999 = insertelement <8 x float> poison, float %991, i64 0
  %1000 = insertelement <8 x float> %999, float %992, i64 1
  %1001 = insertelement <8 x float> %1000, float %993, i64 2
  %1002 = insertelement <8 x float> %1001, float %994, i64 3
  %1003 = insertelement <8 x float> %1002, float %995, i64 4
  %1004 = insertelement <8 x float> %1003, float %996, i64 5
  %1005 = insertelement <8 x float> %1004, float %997, i64 6
  %1006 = insertelement <8 x float> %1005, float %998, i64 7
  %1007 = load float, ptr %gep1103, align 4
  %1008 = load float, ptr %gep1105, align 4
  %1009 = load float, ptr %gep1107, align 4
  %1010 = load float, ptr %gep1109, align 4
  %1011 = load float, ptr %gep1111, align 4
  %1012 = load float, ptr %gep1113, align 4
  %1013 = load float, ptr %gep1115, align 4
  %1014 = load float, ptr %gep1117, align 4
  %1015 = insertelement <8 x float> poison, float %1007, i64 0
  %1016 = insertelement <8 x float> %1015, float %1008, i64 1
  %1017 = insertelement <8 x float> %1016, float %1009, i64 2
  %1018 = insertelement <8 x float> %1017, float %1010, i64 3
  %1019 = insertelement <8 x float> %1018, float %1011, i64 4
  %1020 = insertelement <8 x float> %1019, float %1012, i64 5
  %1021 = insertelement <8 x float> %1020, float %1013, i64 6
  %1022 = insertelement <8 x float> %1021, float %1014, i64 7
  %1023 = load float, ptr %gep1119, align 4
  %1024 = load float, ptr %gep1121, align 4
  %1025 = load float, ptr %gep1123, align 4
  %1026 = load float, ptr %gep1125, align 4
  %1027 = load float, ptr %gep1127, align 4
  %1028 = load float, ptr %gep1129, align 4
  %1029 = load float, ptr %gep1131, align 4
  %1030 = load float, ptr %gep1133, align 4
  %1031 = insertelement <8 x float> poison, float %1023, i64 0
  %1032 = insertelement <8 x float> %1031, float %1024, i64 1
  %1033 = insertelement <8 x float> %1032, float %1025, i64 2
  %1034 = insertelement <8 x float> %1033, float %1026, i64 3
  %1035 = insertelement <8 x float> %1034, float %1027, i64 4
  %1036 = insertelement <8 x float> %1035, float %1028, i64 5
  %1037 = insertelement <8 x float> %1036, float %1029, i64 6
  %1038 = insertelement <8 x float> %1037, float %1030, i64 7
  %1039 = load float, ptr %gep1135, align 4
  %1040 = load float, ptr %gep1137, align 4
  %1041 = load float, ptr %gep1139, align 4
  %1042 = load float, ptr %gep1141, align 4
  %1043 = load float, ptr %gep1143, align 4
  %1044 = load float, ptr %gep1145, align 4
  %1045 = load float, ptr %gep1147, align 4
  %1046 = load float, ptr %gep1149, align 4
  %1047 = insertelement <8 x float> poison, float %1039, i64 0
  %1048 = insertelement <8 x float> %1047, float %1040, i64 1
  %1049 = insertelement <8 x float> %1048, float %1041, i64 2
  %1050 = insertelement <8 x float> %1049, float %1042, i64 3
  %1051 = insertelement <8 x float> %1050, float %1043, i64 4
  %1052 = insertelement <8 x float> %1051, float %1044, i64 5
  %1053 = insertelement <8 x float> %1052, float %1045, i64 6
  %1054 = insertelement <8 x float> %1053, float %1046, i64 7
  %1055 = fadd reassoc <8 x float> %vec.phi842, %1006
  %1056 = fadd reassoc <8 x float> %vec.phi843, %1022
  %1057 = fadd reassoc <8 x float> %vec.phi844, %1038
  %1058 = fadd reassoc <8 x float> %vec.phi845, %1054
  %index.next846 = add nuw i64 %index841, 32
  %1059 = icmp eq i64 %index.next846, %n.vec838
  br i1 %1059, label %middle.block833, label %vector.body840, !llvm.loop !14

middle.block833:                                  ; preds = %vector.body840
  %bin.rdx847 = fadd reassoc <8 x float> %1056, %1055
  %bin.rdx848 = fadd reassoc <8 x float> %1057, %bin.rdx847
  %bin.rdx849 = fadd reassoc <8 x float> %1058, %bin.rdx848
  %1060 = tail call reassoc float @llvm.vector.reduce.fadd.v8f32(float -0.000000e+00, <8 x float> %bin.rdx849)
  br i1 %cmp.n850, label %img.end137, label %px.cond141.preheader.preheader

px.cond141.preheader.preheader:                   ; preds = %middle.block833, %px.cond141.preheader.lr.ph
  %img133.0510.ph = phi i64 [ 0, %px.cond141.preheader.lr.ph ], [ %n.vec838, %middle.block833 ]
  %acc132.0509.ph = phi float [ 0.000000e+00, %px.cond141.preheader.lr.ph ], [ %1060, %middle.block833 ]
  br label %px.cond141.preheader

px.cond141.preheader:                             ; preds = %px.cond141.preheader.preheader, %px.cond141.preheader
  %img133.0510 = phi i64 [ %1063, %px.cond141.preheader ], [ %img133.0510.ph, %px.cond141.preheader.preheader ]
  %acc132.0509 = phi float [ %1062, %px.cond141.preheader ], [ %acc132.0509.ph, %px.cond141.preheader.preheader ]
  %.idx398 = mul i64 %img133.0510, 20
  %gep507 = getelementptr i8, ptr %invariant.gep506, i64 %.idx398
  %1061 = load float, ptr %gep507, align 4
  %1062 = fadd reassoc float %acc132.0509, %1061
  %1063 = add nuw nsw i64 %img133.0510, 1
  %exitcond592.not = icmp eq i64 %1063, %n
  br i1 %exitcond592.not, label %img.end137, label %px.cond141.preheader, !llvm.loop !15

img.end137:                                       ; preds = %px.cond141.preheader, %middle.block833, %img.cond134.preheader
  %acc132.0.lcssa = phi float [ 0.000000e+00, %img.cond134.preheader ], [ %1060, %middle.block833 ], [ %1062, %px.cond141.preheader ]
  %1064 = getelementptr inbounds float, ptr %d_h_1_bias614640, i64 %ch126.0512
  store float %acc132.0.lcssa, ptr %1064, align 4
  %1065 = add nuw nsw i64 %ch126.0512, 1
  %exitcond593.not = icmp eq i64 %1065, 5
  br i1 %exitcond593.not, label %ch.body148.preheader, label %img.cond134.preheader

ch.body148.preheader:                             ; preds = %img.end137
  %1066 = add i64 %n, -1
  %scevgep = getelementptr i8, ptr %ws, i64 1600
  %1067 = mul i64 %n, 20
  %1068 = add i64 %1067, -16
  %scevgep863 = getelementptr i8, ptr %h617634, i64 %1068
  %scevgep866 = getelementptr i8, ptr %d_y_pre618632, i64 %1068
  %scevgep868 = getelementptr i8, ptr %ws, i64 1600
  %1069 = getelementptr i8, ptr %ws, i64 %1067
  %scevgep870 = getelementptr i8, ptr %1069, i64 1584
  %min.iters.check878 = icmp ult i64 %n, 24
  %mul = tail call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %1066, i64 20)
  %mul.result = extractvalue { i64, i1 } %mul, 0
  %mul.overflow = extractvalue { i64, i1 } %mul, 1
  %mul854 = tail call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %1066, i64 20)
  %mul.result855 = extractvalue { i64, i1 } %mul854, 0
  %mul.overflow856 = extractvalue { i64, i1 } %mul854, 1
  %mul858 = tail call { i64, i1 } @llvm.umul.with.overflow.i64(i64 %1066, i64 20)
  %mul.result859 = extractvalue { i64, i1 } %mul858, 0
  %mul.overflow860 = extractvalue { i64, i1 } %mul858, 1
  %bound0 = icmp ult ptr %h617634, %scevgep866
  %bound1 = icmp ult ptr %d_y_pre618632, %scevgep863
  %found.conflict = and i1 %bound0, %bound1
  %bound0872 = icmp ult ptr %h617634, %scevgep870
  %bound1873 = icmp ult ptr %scevgep868, %scevgep863
  %found.conflict874 = and i1 %bound0872, %bound1873
  %conflict.rdx875 = or i1 %found.conflict, %found.conflict874
  %n.vec881 = and i64 %n, -8
  %cmp.n894 = icmp eq i64 %n.vec881, %n
  br label %ch.body148

ch.body148:                                       ; preds = %ch.body148.backedge, %ch.body148.preheader
  %ch146.0514 = phi i64 [ 0, %ch.body148.preheader ], [ %ch146.0514.be, %ch.body148.backedge ]
  %1070 = getelementptr inbounds float, ptr %h_1_stats, i64 %ch146.0514
  %1071 = load float, ptr %1070, align 4
  %1072 = getelementptr inbounds i8, ptr %1070, i64 20
  %1073 = load float, ptr %1072, align 4
  %1074 = getelementptr inbounds float, ptr %ws, i64 %ch146.0514
  %1075 = load float, ptr %1074, align 4
  %1076 = fmul float %1073, %1075
  %1077 = fmul float %1073, %1076
  %1078 = getelementptr inbounds float, ptr %d_h_1_weight, i64 %ch146.0514
  %1079 = load float, ptr %1078, align 4
  %1080 = fmul float %1079, %1077
  %1081 = fdiv float %1080, %0
  %1082 = getelementptr inbounds float, ptr %d_h_1_bias614640, i64 %ch146.0514
  %1083 = load float, ptr %1082, align 4
  %1084 = fmul float %1076, %1083
  %1085 = fdiv float %1084, %0
  br i1 %.not, label %img.end158.thread, label %img.body156.preheader

img.body156.preheader:                            ; preds = %ch.body148
  br i1 %min.iters.check878, label %img.body156.preheader909, label %vector.scevcheck

img.body156.preheader909:                         ; preds = %vector.scevcheck, %middle.block876, %img.body156.preheader
  %img154.0513.ph = phi i64 [ 0, %vector.scevcheck ], [ 0, %img.body156.preheader ], [ %n.vec881, %middle.block876 ]
  br label %img.body156

vector.scevcheck:                                 ; preds = %img.body156.preheader
  %1086 = shl i64 %ch146.0514, 2
  %scevgep852 = getelementptr i8, ptr %scevgep, i64 %1086
  %1087 = getelementptr i8, ptr %scevgep852, i64 %mul.result
  %1088 = icmp ult ptr %1087, %scevgep852
  %1089 = or i1 %1088, %mul.overflow
  %scevgep853 = getelementptr i8, ptr %h617634, i64 %1086
  %1090 = getelementptr i8, ptr %scevgep853, i64 %mul.result855
  %1091 = icmp ult ptr %1090, %scevgep853
  %1092 = or i1 %1091, %mul.overflow856
  %scevgep857 = getelementptr i8, ptr %d_y_pre618632, i64 %1086
  %1093 = getelementptr i8, ptr %scevgep857, i64 %mul.result859
  %1094 = icmp ult ptr %1093, %scevgep857
  %1095 = or i1 %1094, %mul.overflow860
  %1096 = or i1 %1089, %1092
  %1097 = or i1 %1096, %1095
  %brmerge = select i1 %1097, i1 true, i1 %conflict.rdx875
  br i1 %brmerge, label %img.body156.preheader909, label %vector.ph879

vector.ph879:                                     ; preds = %vector.scevcheck
  %broadcast.splatinsert885 = insertelement <8 x float> poison, float %1076, i64 0
  %broadcast.splat886 = shufflevector <8 x float> %broadcast.splatinsert885, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert887 = insertelement <8 x float> poison, float %1071, i64 0
  %broadcast.splat888 = shufflevector <8 x float> %broadcast.splatinsert887, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert889 = insertelement <8 x float> poison, float %1081, i64 0
  %broadcast.splat890 = shufflevector <8 x float> %broadcast.splatinsert889, <8 x float> poison, <8 x i32> zeroinitializer
  %broadcast.splatinsert891 = insertelement <8 x float> poison, float %1085, i64 0
  %broadcast.splat892 = shufflevector <8 x float> %broadcast.splatinsert891, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body883

vector.body883:                                   ; preds = %vector.body883, %vector.ph879
  %index884 = phi i64 [ 0, %vector.ph879 ], [ %index.next893, %vector.body883 ]
  %1098 = mul nuw nsw i64 %index884, 5
  %1099 = mul nuw i64 %index884, 5
  %1100 = or disjoint i64 %1099, 5
  %1101 = mul nuw i64 %index884, 5
  %1102 = add nuw i64 %1101, 10
  %1103 = mul nuw i64 %index884, 5
  %1104 = add nuw i64 %1103, 15
  %1105 = mul nuw i64 %index884, 5
  %1106 = add nuw i64 %1105, 20
  %1107 = mul nuw i64 %index884, 5
  %1108 = add nuw i64 %1107, 25
  %1109 = mul nuw i64 %index884, 5
  %1110 = add nuw i64 %1109, 30
  %1111 = mul nuw i64 %index884, 5
  %1112 = add nuw i64 %1111, 35
  %1113 = add nuw nsw i64 %1098, %ch146.0514
  %1114 = add nuw nsw i64 %1100, %ch146.0514
  %1115 = add nuw nsw i64 %1102, %ch146.0514
  %1116 = add nuw nsw i64 %1104, %ch146.0514
  %1117 = add nuw nsw i64 %1106, %ch146.0514
  %1118 = add nuw nsw i64 %1108, %ch146.0514
  %1119 = add nuw nsw i64 %1110, %ch146.0514
  %1120 = add nuw nsw i64 %1112, %ch146.0514
  %1121 = getelementptr inbounds float, ptr %h617634, i64 %1113
  %1122 = getelementptr inbounds float, ptr %h617634, i64 %1114
  %1123 = getelementptr inbounds float, ptr %h617634, i64 %1115
  %1124 = getelementptr inbounds float, ptr %h617634, i64 %1116
  %1125 = getelementptr inbounds float, ptr %h617634, i64 %1117
  %1126 = getelementptr inbounds float, ptr %h617634, i64 %1118
  %1127 = getelementptr inbounds float, ptr %h617634, i64 %1119
  %1128 = getelementptr inbounds float, ptr %h617634, i64 %1120
  %1129 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %1113
  %1130 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %1114
  %1131 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %1115
  %1132 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %1116
  %1133 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %1117
  %1134 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %1118
  %1135 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %1119
  %1136 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %1120
  %1137 = load float, ptr %1129, align 4, !alias.scope !16
  %1138 = load float, ptr %1130, align 4, !alias.scope !16
  %1139 = load float, ptr %1131, align 4, !alias.scope !16
  %1140 = load float, ptr %1132, align 4, !alias.scope !16
  %1141 = load float, ptr %1133, align 4, !alias.scope !16
  %1142 = load float, ptr %1134, align 4, !alias.scope !16
  %1143 = load float, ptr %1135, align 4, !alias.scope !16
  %1144 = load float, ptr %1136, align 4, !alias.scope !16
  %1145 = insertelement <8 x float> poison, float %1137, i64 0
  %1146 = insertelement <8 x float> %1145, float %1138, i64 1
  %1147 = insertelement <8 x float> %1146, float %1139, i64 2
  %1148 = insertelement <8 x float> %1147, float %1140, i64 3
  %1149 = insertelement <8 x float> %1148, float %1141, i64 4
  %1150 = insertelement <8 x float> %1149, float %1142, i64 5
  %1151 = insertelement <8 x float> %1150, float %1143, i64 6
  %1152 = insertelement <8 x float> %1151, float %1144, i64 7
  %1153 = fmul <8 x float> %broadcast.splat886, %1152
  %1154 = getelementptr inbounds float, ptr %h_2, i64 %1113
  %1155 = getelementptr inbounds float, ptr %h_2, i64 %1114
  %1156 = getelementptr inbounds float, ptr %h_2, i64 %1115
  %1157 = getelementptr inbounds float, ptr %h_2, i64 %1116
  %1158 = getelementptr inbounds float, ptr %h_2, i64 %1117
  %1159 = getelementptr inbounds float, ptr %h_2, i64 %1118
  %1160 = getelementptr inbounds float, ptr %h_2, i64 %1119
  %1161 = getelementptr inbounds float, ptr %h_2, i64 %1120
  %1162 = load float, ptr %1154, align 4, !alias.scope !19
  %1163 = load float, ptr %1155, align 4, !alias.scope !19
  %1164 = load float, ptr %1156, align 4, !alias.scope !19
  %1165 = load float, ptr %1157, align 4, !alias.scope !19
  %1166 = load float, ptr %1158, align 4, !alias.scope !19
  %1167 = load float, ptr %1159, align 4, !alias.scope !19
  %1168 = load float, ptr %1160, align 4, !alias.scope !19
  %1169 = load float, ptr %1161, align 4, !alias.scope !19
  %1170 = insertelement <8 x float> poison, float %1162, i64 0
  %1171 = insertelement <8 x float> %1170, float %1163, i64 1
  %1172 = insertelement <8 x float> %1171, float %1164, i64 2
  %1173 = insertelement <8 x float> %1172, float %1165, i64 3
  %1174 = insertelement <8 x float> %1173, float %1166, i64 4
  %1175 = insertelement <8 x float> %1174, float %1167, i64 5
  %1176 = insertelement <8 x float> %1175, float %1168, i64 6
  %1177 = insertelement <8 x float> %1176, float %1169, i64 7
  %1178 = fsub <8 x float> %1177, %broadcast.splat888
  %1179 = fmul <8 x float> %broadcast.splat890, %1178
  %1180 = fsub <8 x float> %1153, %1179
  %1181 = fsub <8 x float> %1180, %broadcast.splat892
  %1182 = extractelement <8 x float> %1181, i64 0
  store float %1182, ptr %1121, align 4, !alias.scope !21, !noalias !23
  %1183 = extractelement <8 x float> %1181, i64 1
  store float %1183, ptr %1122, align 4, !alias.scope !21, !noalias !23
  %1184 = extractelement <8 x float> %1181, i64 2
  store float %1184, ptr %1123, align 4, !alias.scope !21, !noalias !23
  %1185 = extractelement <8 x float> %1181, i64 3
  store float %1185, ptr %1124, align 4, !alias.scope !21, !noalias !23
  %1186 = extractelement <8 x float> %1181, i64 4
  store float %1186, ptr %1125, align 4, !alias.scope !21, !noalias !23
  %1187 = extractelement <8 x float> %1181, i64 5
  store float %1187, ptr %1126, align 4, !alias.scope !21, !noalias !23
  %1188 = extractelement <8 x float> %1181, i64 6
  store float %1188, ptr %1127, align 4, !alias.scope !21, !noalias !23
  %1189 = extractelement <8 x float> %1181, i64 7
  store float %1189, ptr %1128, align 4, !alias.scope !21, !noalias !23
  %index.next893 = add nuw i64 %index884, 8
  %1190 = icmp eq i64 %index.next893, %n.vec881
  br i1 %1190, label %middle.block876, label %vector.body883, !llvm.loop !24

middle.block876:                                  ; preds = %vector.body883
  br i1 %cmp.n894, label %img.end158, label %img.body156.preheader909

j.cond174.preheader.preheader:                    ; preds = %img.end158
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(20) %d_h_2_bias615638, i8 0, i64 20, i1 false)
  br label %j.cond174.preheader

img.body156:                                      ; preds = %img.body156.preheader909, %img.body156
  %img154.0513 = phi i64 [ %1203, %img.body156 ], [ %img154.0513.ph, %img.body156.preheader909 ]
  %1191 = mul nuw nsw i64 %img154.0513, 5
  %1192 = add nuw nsw i64 %1191, %ch146.0514
  %1193 = getelementptr inbounds float, ptr %h617634, i64 %1192
  %1194 = getelementptr inbounds float, ptr %d_y_pre618632, i64 %1192
  %1195 = load float, ptr %1194, align 4
  %1196 = fmul float %1076, %1195
  %1197 = getelementptr inbounds float, ptr %h_2, i64 %1192
  %1198 = load float, ptr %1197, align 4
  %1199 = fsub float %1198, %1071
  %1200 = fmul float %1081, %1199
  %1201 = fsub float %1196, %1200
  %1202 = fsub float %1201, %1085
  store float %1202, ptr %1193, align 4
  %1203 = add nuw nsw i64 %img154.0513, 1
  %exitcond594.not = icmp eq i64 %1203, %n
  br i1 %exitcond594.not, label %img.end158, label %img.body156, !llvm.loop !25

img.end158:                                       ; preds = %img.body156, %middle.block876
  %1204 = add nuw nsw i64 %ch146.0514, 1
  %exitcond595.not = icmp eq i64 %1204, 5
  br i1 %exitcond595.not, label %j.cond174.preheader.preheader, label %ch.body148.backedge

ch.body148.backedge:                              ; preds = %img.end158, %img.end158.thread
  %ch146.0514.be = phi i64 [ %1204, %img.end158 ], [ %1205, %img.end158.thread ]
  br label %ch.body148

img.end158.thread:                                ; preds = %ch.body148
  %1205 = add nuw nsw i64 %ch146.0514, 1
  %exitcond595.not646 = icmp eq i64 %1205, 5
  br i1 %exitcond595.not646, label %i.cond186.preheader.preheader, label %ch.body148.backedge

j.cond174.preheader:                              ; preds = %j.cond174.preheader.preheader, %j.end177
  %i167.0516 = phi i64 [ %1219, %j.end177 ], [ 0, %j.cond174.preheader.preheader ]
  %.idx397 = mul i64 %i167.0516, 20
  %1206 = getelementptr inbounds i8, ptr %h617634, i64 %.idx397
  br label %j.body175

i.cond186.preheader.preheader:                    ; preds = %img.end158.thread
  tail call void @llvm.memset.p0.i64(ptr noundef nonnull align 64 dereferenceable(20) %d_h_2_bias615638, i8 0, i64 20, i1 false)
  br label %i.cond186.preheader

i.cond186.preheader.us:                           ; preds = %j.end177, %i.end189.split.us.us
  %j179.0527.us = phi i64 [ %1212, %i.end189.split.us.us ], [ 0, %j.end177 ]
  %invariant.gep517.us = getelementptr float, ptr %x, i64 %j179.0527.us
  %invariant.gep524.us = getelementptr inbounds float, ptr %d_h_2_weight, i64 %j179.0527.us
  br label %k.cond193.preheader.us.us

k.cond193.preheader.us.us:                        ; preds = %k.cond193.k.end196_crit_edge.us.us, %i.cond186.preheader.us
  %i185.0526.us.us = phi i64 [ 0, %i.cond186.preheader.us ], [ %1211, %k.cond193.k.end196_crit_edge.us.us ]
  %invariant.gep519.us.us = getelementptr float, ptr %h617634, i64 %i185.0526.us.us
  br label %k.body194.us.us

k.body194.us.us:                                  ; preds = %k.body194.us.us, %k.cond193.preheader.us.us
  %k192.0522.us.us = phi i64 [ 0, %k.cond193.preheader.us.us ], [ %1210, %k.body194.us.us ]
  %s0191.0521.us.us = phi float [ 0.000000e+00, %k.cond193.preheader.us.us ], [ %1209, %k.body194.us.us ]
  %.idx395.us.us = mul i64 %k192.0522.us.us, 24
  %gep518.us.us = getelementptr i8, ptr %invariant.gep517.us, i64 %.idx395.us.us
  %1207 = load float, ptr %gep518.us.us, align 4
  %.idx396.us.us = mul i64 %k192.0522.us.us, 20
  %gep520.us.us = getelementptr i8, ptr %invariant.gep519.us.us, i64 %.idx396.us.us
  %1208 = load float, ptr %gep520.us.us, align 4
  %1209 = tail call float @llvm.fmuladd.f32(float %1208, float %1207, float %s0191.0521.us.us)
  %1210 = add nuw nsw i64 %k192.0522.us.us, 1
  %exitcond598.not = icmp eq i64 %1210, %n
  br i1 %exitcond598.not, label %k.cond193.k.end196_crit_edge.us.us, label %k.body194.us.us

k.cond193.k.end196_crit_edge.us.us:               ; preds = %k.body194.us.us
  %.idx.us.us = mul nuw nsw i64 %i185.0526.us.us, 24
  %gep525.us.us = getelementptr inbounds i8, ptr %invariant.gep524.us, i64 %.idx.us.us
  store float %1209, ptr %gep525.us.us, align 4
  %1211 = add nuw nsw i64 %i185.0526.us.us, 1
  %exitcond599.not = icmp eq i64 %1211, 5
  br i1 %exitcond599.not, label %i.end189.split.us.us, label %k.cond193.preheader.us.us

i.end189.split.us.us:                             ; preds = %k.cond193.k.end196_crit_edge.us.us
  %1212 = add nuw nsw i64 %j179.0527.us, 1
  %exitcond600.not = icmp eq i64 %1212, 6
  br i1 %exitcond600.not, label %j.end183, label %i.cond186.preheader.us

j.body175:                                        ; preds = %j.cond174.preheader, %j.body175
  %j173.0515 = phi i64 [ 0, %j.cond174.preheader ], [ %1218, %j.body175 ]
  %1213 = getelementptr inbounds float, ptr %d_h_2_bias615638, i64 %j173.0515
  %1214 = load float, ptr %1213, align 4
  %1215 = getelementptr inbounds float, ptr %1206, i64 %j173.0515
  %1216 = load float, ptr %1215, align 4
  %1217 = fadd float %1214, %1216
  store float %1217, ptr %1213, align 4
  %1218 = add nuw nsw i64 %j173.0515, 1
  %exitcond596.not = icmp eq i64 %1218, 5
  br i1 %exitcond596.not, label %j.end177, label %j.body175

j.end177:                                         ; preds = %j.body175
  %1219 = add nuw nsw i64 %i167.0516, 1
  %exitcond597.not = icmp eq i64 %1219, %n
  br i1 %exitcond597.not, label %i.cond186.preheader.us, label %j.cond174.preheader

i.cond186.preheader:                              ; preds = %i.cond186.preheader.preheader, %i.end189.split
  %j179.0527 = phi i64 [ %1228, %i.end189.split ], [ 0, %i.cond186.preheader.preheader ]
  %invariant.gep524 = getelementptr inbounds float, ptr %d_h_2_weight, i64 %j179.0527
  %invariant.gep1150 = getelementptr i8, ptr %invariant.gep524, i64 24
  br label %vector.body899

vector.body899:                                   ; preds = %pred.store.continue906, %i.cond186.preheader
  %index900 = phi i64 [ 0, %i.cond186.preheader ], [ %index.next907, %pred.store.continue906 ]
  %vec.ind901 = phi <2 x i64> [ <i64 0, i64 1>, %i.cond186.preheader ], [ %vec.ind.next902, %pred.store.continue906 ]
  %1220 = icmp ult <2 x i64> %vec.ind901, <i64 5, i64 5>
  %1221 = extractelement <2 x i1> %1220, i64 0
  br i1 %1221, label %pred.store.if903, label %pred.store.continue904

pred.store.if903:                                 ; preds = %vector.body899
  %1222 = mul nuw nsw i64 %index900, 24
  %1223 = getelementptr inbounds i8, ptr %invariant.gep524, i64 %1222
  store float 0.000000e+00, ptr %1223, align 4
  br label %pred.store.continue904

pred.store.continue904:                           ; preds = %pred.store.if903, %vector.body899
  %1224 = extractelement <2 x i1> %1220, i64 1
  br i1 %1224, label %pred.store.if905, label %pred.store.continue906

pred.store.if905:                                 ; preds = %pred.store.continue904
  %1225 = mul nuw i64 %index900, 24
  %gep1151 = getelementptr i8, ptr %invariant.gep1150, i64 %1225
  store float 0.000000e+00, ptr %gep1151, align 4
  br label %pred.store.continue906

pred.store.continue906:                           ; preds = %pred.store.if905, %pred.store.continue904
  %index.next907 = add i64 %index900, 2
  %vec.ind.next902 = add <2 x i64> %vec.ind901, <i64 2, i64 2>
  %1226 = icmp eq i64 %index.next907, 6
  br i1 %1226, label %i.end189.split, label %vector.body899, !llvm.loop !26

j.end183:                                         ; preds = %i.end189.split.us.us, %i.end189.split
  %1227 = load float, ptr %loss619630, align 4
  ret float %1227

i.end189.split:                                   ; preds = %pred.store.continue906
  %1228 = add nuw nsw i64 %j179.0527, 1
  %exitcond602.not = icmp eq i64 %1228, 6
  br i1 %exitcond602.not, label %j.end183, label %i.cond186.preheader
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg) #3

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal void @bn_vector_update_step(ptr nocapture align 64 %ws) #0 {
entry:
  %train_lr = getelementptr inbounds i8, ptr %ws, i64 448
  %all_momentum = getelementptr inbounds i8, ptr %ws, i64 512
  %all_grads = getelementptr inbounds i8, ptr %ws, i64 1152
  %0 = load float, ptr %train_lr, align 64
  %broadcast.splatinsert = insertelement <8 x float> poison, float %0, i64 0
  %broadcast.splat = shufflevector <8 x float> %broadcast.splatinsert, <8 x float> poison, <8 x i32> zeroinitializer
  br label %vector.body

vector.body:                                      ; preds = %vector.body, %entry
  %index = phi i64 [ 0, %entry ], [ %index.next, %vector.body ]
  %1 = getelementptr inbounds float, ptr %all_grads, i64 %index
  %2 = getelementptr inbounds i8, ptr %1, i64 32
  %wide.load = load <8 x float>, ptr %1, align 64
  %wide.load9 = load <8 x float>, ptr %2, align 32
  %3 = getelementptr inbounds float, ptr %all_momentum, i64 %index
  %4 = getelementptr inbounds i8, ptr %3, i64 32
  %wide.load10 = load <8 x float>, ptr %3, align 64
  %wide.load11 = load <8 x float>, ptr %4, align 32
  %5 = fmul <8 x float> %wide.load10, <float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000>
  %6 = fmul <8 x float> %wide.load11, <float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000, float 0x3FECCCCCC0000000>
  %7 = fadd <8 x float> %wide.load, %5
  %8 = fadd <8 x float> %wide.load9, %6
  store <8 x float> %7, ptr %3, align 64
  store <8 x float> %8, ptr %4, align 32
  %9 = getelementptr inbounds float, ptr %ws, i64 %index
  %10 = getelementptr inbounds i8, ptr %9, i64 32
  %wide.load12 = load <8 x float>, ptr %9, align 64
  %wide.load13 = load <8 x float>, ptr %10, align 32
  %11 = fmul <8 x float> %broadcast.splat, %7
  %12 = fmul <8 x float> %broadcast.splat, %8
  %13 = fsub <8 x float> %wide.load12, %11
  %14 = fsub <8 x float> %wide.load13, %12
  store <8 x float> %13, ptr %9, align 64
  store <8 x float> %14, ptr %10, align 32
  %index.next = add nuw i64 %index, 16
  %15 = icmp eq i64 %index.next, 96
  br i1 %15, label %i.body, label %vector.body, !llvm.loop !27

i.body:                                           ; preds = %vector.body, %i.body
  %i.08 = phi i64 [ %26, %i.body ], [ 96, %vector.body ]
  %16 = getelementptr inbounds float, ptr %all_grads, i64 %i.08
  %17 = load float, ptr %16, align 4
  %18 = getelementptr inbounds float, ptr %all_momentum, i64 %i.08
  %19 = load float, ptr %18, align 4
  %20 = fmul float %19, 0x3FECCCCCC0000000
  %21 = fadd float %17, %20
  store float %21, ptr %18, align 4
  %22 = getelementptr inbounds float, ptr %ws, i64 %i.08
  %23 = load float, ptr %22, align 4
  %24 = fmul float %0, %21
  %25 = fsub float %23, %24
  store float %25, ptr %22, align 4
  %26 = add nuw nsw i64 %i.08, 1
  %exitcond.not = icmp eq i64 %26, 99
  br i1 %exitcond.not, label %i.end, label %i.body, !llvm.loop !28

i.end:                                            ; preds = %i.body
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal float @bn_vector_eval_batch(ptr nocapture align 64 %ws, ptr nocapture readonly %x, ptr nocapture readonly %target, i64 %n, ptr nocapture writeonly %correct) #0 {
entry:
  %y_pre = getelementptr inbounds i8, ptr %ws, i64 1856
  %y = getelementptr inbounds i8, ptr %ws, i64 2176
  %loss = getelementptr inbounds i8, ptr %ws, i64 2240
  tail call void @bn_vector_forward(ptr %ws, ptr %ws, ptr %x, ptr nonnull %y, i64 %n)
  %.not.i = icmp eq i64 %n, 0
  br i1 %.not.i, label %bn_vector_xent_loss_1.exit.thread, label %i.body.i

bn_vector_xent_loss_1.exit.thread:                ; preds = %entry
  %0 = uitofp nneg i64 %n to float
  %1 = fdiv float 0.000000e+00, %0
  store float %1, ptr %loss, align 64
  br label %i.end

i.body.i:                                         ; preds = %entry, %j.end7.i
  %acc.028.i = phi float [ %22, %j.end7.i ], [ 0.000000e+00, %entry ]
  %i.027.i = phi i64 [ %23, %j.end7.i ], [ 0, %entry ]
  %.idx.i = mul i64 %i.027.i, 12
  %2 = getelementptr inbounds i8, ptr %y_pre, i64 %.idx.i
  %3 = load float, ptr %2, align 4
  br label %j.body.i

j.body.i:                                         ; preds = %j.body.i, %i.body.i
  %j.024.i = phi i64 [ 0, %i.body.i ], [ %7, %j.body.i ]
  %mx.023.i = phi float [ %3, %i.body.i ], [ %6, %j.body.i ]
  %4 = getelementptr inbounds float, ptr %2, i64 %j.024.i
  %5 = load float, ptr %4, align 4
  %6 = tail call float @llvm.maxnum.f32(float %mx.023.i, float %5)
  %7 = add nuw nsw i64 %j.024.i, 1
  %exitcond.not.i = icmp eq i64 %7, 3
  br i1 %exitcond.not.i, label %j.body5.i, label %j.body.i

j.body5.i:                                        ; preds = %j.body.i, %j.body5.i
  %j3.026.i = phi i64 [ %13, %j.body5.i ], [ 0, %j.body.i ]
  %sum.025.i = phi float [ %12, %j.body5.i ], [ 0.000000e+00, %j.body.i ]
  %8 = getelementptr inbounds float, ptr %2, i64 %j3.026.i
  %9 = load float, ptr %8, align 4
  %10 = fsub float %9, %6
  %11 = tail call float @llvm.exp.f32(float %10)
  %12 = fadd reassoc float %sum.025.i, %11
  %13 = add nuw nsw i64 %j3.026.i, 1
  %exitcond31.not.i = icmp eq i64 %13, 3
  br i1 %exitcond31.not.i, label %j.end7.i, label %j.body5.i

j.end7.i:                                         ; preds = %j.body5.i
  %14 = getelementptr inbounds float, ptr %target, i64 %i.027.i
  %15 = load float, ptr %14, align 4
  %16 = fptoui float %15 to i64
  %17 = tail call float @llvm.log.f32(float %12)
  %18 = fadd float %6, %17
  %19 = getelementptr float, ptr %2, i64 %16
  %20 = load float, ptr %19, align 4
  %21 = fsub float %18, %20
  %22 = fadd reassoc float %acc.028.i, %21
  %23 = add nuw nsw i64 %i.027.i, 1
  %exitcond32.not.i = icmp eq i64 %23, %n
  br i1 %exitcond32.not.i, label %i.body.preheader, label %i.body.i

i.body.preheader:                                 ; preds = %j.end7.i
  %24 = uitofp i64 %n to float
  %25 = fdiv float %22, %24
  store float %25, ptr %loss, align 64
  br label %i.body

i.body:                                           ; preds = %i.body.preheader, %j.end
  %i.021 = phi i64 [ %41, %j.end ], [ 0, %i.body.preheader ]
  %hits.020 = phi float [ %40, %j.end ], [ 0.000000e+00, %i.body.preheader ]
  %.idx = mul i64 %i.021, 12
  %26 = getelementptr inbounds i8, ptr %y, i64 %.idx
  %27 = load float, ptr %26, align 4
  br label %j.body

i.end:                                            ; preds = %j.end, %bn_vector_xent_loss_1.exit.thread
  %hits.0.lcssa = phi float [ 0.000000e+00, %bn_vector_xent_loss_1.exit.thread ], [ %40, %j.end ]
  store float %hits.0.lcssa, ptr %correct, align 4
  %28 = load float, ptr %loss, align 64
  ret float %28

j.body:                                           ; preds = %i.body, %j.body
  %j.019 = phi i64 [ 0, %i.body ], [ %34, %j.body ]
  %arg.018 = phi i64 [ 0, %i.body ], [ %32, %j.body ]
  %best.017 = phi float [ %27, %i.body ], [ %33, %j.body ]
  %29 = getelementptr inbounds float, ptr %26, i64 %j.019
  %30 = load float, ptr %29, align 4
  %31 = fcmp ogt float %30, %best.017
  %32 = select i1 %31, i64 %j.019, i64 %arg.018
  %33 = tail call float @llvm.maxnum.f32(float %best.017, float %30)
  %34 = add nuw nsw i64 %j.019, 1
  %exitcond.not = icmp eq i64 %34, 3
  br i1 %exitcond.not, label %j.end, label %j.body

j.end:                                            ; preds = %j.body
  %35 = getelementptr inbounds float, ptr %target, i64 %i.021
  %36 = load float, ptr %35, align 4
  %37 = fptoui float %36 to i64
  %38 = icmp eq i64 %32, %37
  %39 = select i1 %38, float 1.000000e+00, float 0.000000e+00
  %40 = fadd reassoc float %hits.020, %39
  %41 = add nuw nsw i64 %i.021, 1
  %exitcond26.not = icmp eq i64 %41, %n
  br i1 %exitcond26.not, label %i.end, label %i.body
}

; Function Attrs: nounwind
define ptr @bn_vector_create(i64 %0) local_unnamed_addr #4 {
entry:
  %1 = tail call ptr @nnrt_model_create(ptr nonnull @bn_vector_desc, i64 %0) #4
  ret ptr %1
}

declare ptr @nnrt_model_create(ptr, i64) local_unnamed_addr

; Function Attrs: nounwind
define void @bn_vector_destroy(ptr %0) local_unnamed_addr #4 {
entry:
  tail call void @nnrt_model_destroy(ptr %0) #4
  ret void
}

declare void @nnrt_model_destroy(ptr) local_unnamed_addr

; Function Attrs: nounwind
define void @bn_vector_predict(ptr %0, ptr %1, ptr %2, i64 %3) local_unnamed_addr #4 {
entry:
  %4 = tail call i32 @nnrt_predict(ptr %0, ptr %1, ptr %2, i64 %3) #4
  ret void
}

declare i32 @nnrt_predict(ptr, ptr, ptr, i64) local_unnamed_addr

; Function Attrs: nounwind
define float @bn_vector_train_batch(ptr %0, ptr %1, ptr %2, i64 %3) local_unnamed_addr #4 {
entry:
  %loss = alloca float, align 4
  store float 0x7FF8000000000000, ptr %loss, align 4
  %4 = call i32 @nnrt_train_batch(ptr %0, ptr %1, ptr %2, i64 %3, ptr nonnull %loss) #4
  %5 = icmp eq i32 %4, 0
  %6 = load float, ptr %loss, align 4
  %7 = select i1 %5, float %6, float 0x7FF8000000000000
  ret float %7
}

declare i32 @nnrt_train_batch(ptr, ptr, ptr, i64, ptr) local_unnamed_addr

; Function Attrs: nounwind
define float @bn_vector_evaluate(ptr %0, ptr %1, ptr %2, i64 %3, ptr %4) local_unnamed_addr #4 {
entry:
  %loss = alloca float, align 4
  store float 0x7FF8000000000000, ptr %loss, align 4
  %5 = call i32 @nnrt_evaluate(ptr %0, ptr %1, ptr %2, i64 %3, ptr nonnull %loss, ptr %4) #4
  %6 = icmp eq i32 %5, 0
  %7 = load float, ptr %loss, align 4
  %8 = select i1 %6, float %7, float 0x7FF8000000000000
  ret float %8
}

declare i32 @nnrt_evaluate(ptr, ptr, ptr, i64, ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @bn_vector_fit(ptr %0, ptr %1, ptr %2) local_unnamed_addr #4 {
entry:
  %3 = tail call i32 @nnrt_fit(ptr %0, ptr %1, ptr %2) #4
  ret i32 %3
}

declare i32 @nnrt_fit(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @bn_vector_save(ptr %0, ptr %1) local_unnamed_addr #4 {
entry:
  %2 = tail call i32 @nnrt_save(ptr %0, ptr %1) #4
  ret i32 %2
}

declare i32 @nnrt_save(ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @bn_vector_load(ptr %0, ptr %1) local_unnamed_addr #4 {
entry:
  %2 = tail call i32 @nnrt_load(ptr %0, ptr %1) #4
  ret i32 %2
}

declare i32 @nnrt_load(ptr, ptr) local_unnamed_addr

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define noundef i64 @bn_vector_param_count() local_unnamed_addr #5 {
entry:
  ret i64 63
}

; Function Attrs: nounwind
define ptr @bn_vector_param(ptr %0, ptr %1, ptr %2) local_unnamed_addr #4 {
entry:
  %3 = tail call ptr @nnrt_param(ptr %0, ptr %1, ptr %2) #4
  ret ptr %3
}

declare ptr @nnrt_param(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define ptr @bn_vector_grad(ptr %0, ptr %1, ptr %2) local_unnamed_addr #4 {
entry:
  %3 = tail call ptr @nnrt_grad(ptr %0, ptr %1, ptr %2) #4
  ret ptr %3
}

declare ptr @nnrt_grad(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define float @bn_vector_compute_gradients(ptr %0, ptr %1, ptr %2, i64 %3, ptr %4) local_unnamed_addr #4 {
entry:
  %loss = alloca float, align 4
  store float 0x7FF8000000000000, ptr %loss, align 4
  %5 = call i32 @nnrt_grad_step(ptr %0, ptr %1, ptr %2, i64 %3, ptr nonnull %loss, ptr %4) #4
  %6 = icmp eq i32 %5, 0
  %7 = load float, ptr %loss, align 4
  %8 = select i1 %6, float %7, float 0x7FF8000000000000
  ret float %8
}

declare i32 @nnrt_grad_step(ptr, ptr, ptr, i64, ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define ptr @bn_vector_gradients(ptr %0, ptr %1) local_unnamed_addr #4 {
entry:
  %2 = tail call ptr @nnrt_gradients(ptr %0, ptr %1) #4
  ret ptr %2
}

declare ptr @nnrt_gradients(ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @bn_vector_apply_gradients(ptr %0) local_unnamed_addr #4 {
entry:
  %1 = tail call i32 @nnrt_update_step(ptr %0) #4
  ret i32 %1
}

declare i32 @nnrt_update_step(ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @bn_vector_set_lr(ptr %0, float %1) local_unnamed_addr #4 {
entry:
  %2 = tail call i32 @nnrt_set_lr(ptr %0, float %1) #4
  ret i32 %2
}

declare i32 @nnrt_set_lr(ptr, float) local_unnamed_addr

; Function Attrs: nounwind
define float @bn_vector_get_lr(ptr %0) local_unnamed_addr #4 {
entry:
  %1 = tail call float @nnrt_get_lr(ptr %0) #4
  ret float %1
}

declare float @nnrt_get_lr(ptr) local_unnamed_addr

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i64(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i64, i1 immarg) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i64 @llvm.umax.i64(i64, i64) #7

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <8 x float> @llvm.masked.load.v8f32.p0(ptr nocapture, i32 immarg, <8 x i1>, <8 x float>) #8

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.sqrt.v8f32(<8 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.masked.store.v8f32.p0(<8 x float>, ptr nocapture, i32 immarg, <8 x i1>) #9

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <4 x float> @llvm.masked.load.v4f32.p0(ptr nocapture, i32 immarg, <4 x i1>, <4 x float>) #8

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.masked.store.v4f32.p0(<4 x float>, ptr nocapture, i32 immarg, <4 x i1>) #9

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.vector.reduce.fadd.v8f32(float, <8 x float>) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare { i64, i1 } @llvm.umul.with.overflow.i64(i64, i64) #7

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nounwind }
attributes #5 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) }
attributes #6 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #9 = { nocallback nofree nosync nounwind willreturn memory(argmem: write) }

!0 = distinct !{!0, !1, !2}
!1 = !{!"llvm.loop.isvectorized", i32 1}
!2 = !{!"llvm.loop.unroll.runtime.disable"}
!3 = distinct !{!3, !2, !1}
!4 = distinct !{!4, !1, !2}
!5 = distinct !{!5, !2, !1}
!6 = distinct !{!6, !1, !2}
!7 = distinct !{!7, !2, !1}
!8 = distinct !{!8, !1, !2}
!9 = distinct !{!9, !2, !1}
!10 = distinct !{!10, !1, !2}
!11 = distinct !{!11, !1}
!12 = distinct !{!12, !1, !2}
!13 = distinct !{!13, !2, !1}
!14 = distinct !{!14, !1, !2}
!15 = distinct !{!15, !2, !1}
!16 = !{!17}
!17 = distinct !{!17, !18}
!18 = distinct !{!18, !"LVerDomain"}
!19 = !{!20}
!20 = distinct !{!20, !18}
!21 = !{!22}
!22 = distinct !{!22, !18}
!23 = !{!17, !20}
!24 = distinct !{!24, !1, !2}
!25 = distinct !{!25, !1}
!26 = distinct !{!26, !1, !2}
!27 = distinct !{!27, !1, !2}
!28 = distinct !{!28, !2, !1}
