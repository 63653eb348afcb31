; ModuleID = 'inference_only.nn'
source_filename = "inference_only.nn"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.nnrt_tensor = type { ptr, i32, [4 x i32], i64, i8, i8, i32, i32, i32 }
%struct.nnrt_model_desc = type { ptr, i64, i64, i64, i64, ptr, i64, i64, i32, i32, double, i32, i64, ptr, i64, i64, float, ptr, ptr, ptr, ptr, i32, i32, i32, double, double, ptr, i64, i64, float, i32, ptr, i32, [3 x i32], ptr }

@.str = private unnamed_addr constant [15 x i8] c"inference_only\00", align 1
@.str.1 = private unnamed_addr constant [9 x i8] c"h.weight\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"h.bias\00", align 1
@inference_only_tensors = internal constant [2 x %struct.nnrt_tensor] [%struct.nnrt_tensor { ptr @.str.1, i32 2, [4 x i32] [i32 3, i32 4, i32 0, i32 0], i64 0, i8 0, i8 2, i32 4, i32 3, i32 -1 }, %struct.nnrt_tensor { ptr @.str.2, i32 1, [4 x i32] [i32 3, i32 0, i32 0, i32 0], i64 16, i8 0, i8 0, i32 4, i32 3, i32 -1 }]
@.str.3 = private unnamed_addr constant [2 x i8] c"x\00", align 1
@inference_only_desc = internal constant %struct.nnrt_model_desc { ptr @.str, i64 4, i64 3, i64 32, i64 224, ptr @inference_only_tensors, i64 2, i64 15, i32 0, i32 0, double 0.000000e+00, i32 0, i64 0, ptr null, i64 0, i64 0, float 0.000000e+00, ptr @inference_only_forward, ptr null, ptr null, ptr null, i32 0, i32 0, i32 0, double 0.000000e+00, double 0.000000e+00, ptr null, i64 0, i64 0, float 0.000000e+00, i32 0, ptr @.str.3, i32 1, [3 x i32] [i32 4, i32 0, i32 0], ptr null }

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: readwrite)
define internal void @inference_only_forward(ptr nocapture align 64 %ws, ptr noalias nocapture readonly align 64 %pw, ptr nocapture readonly %x, ptr nocapture %y, i64 %n) #0 {
entry:
  %h_bias = getelementptr inbounds i8, ptr %pw, i64 64
  %h = getelementptr inbounds i8, ptr %ws, i64 128
  %0 = and i64 %n, -4
  %.not = icmp eq i64 %0, 0
  br i1 %.not, label %j.end, label %i0.cond.preheader.us

i0.cond.preheader.us:                             ; preds = %entry, %i0.cond.i0.end_crit_edge.us
  %j.0121.us = phi i64 [ %53, %i0.cond.i0.end_crit_edge.us ], [ 0, %entry ]
  %invariant.gep.us = getelementptr float, ptr %h, i64 %j.0121.us
  %1 = getelementptr inbounds float, ptr %h_bias, i64 %j.0121.us
  %2 = load float, ptr %1, align 4
  %.idx132 = shl nsw i64 %j.0121.us, 4
  %invariant.gep = getelementptr inbounds i8, ptr %pw, i64 %.idx132
  br label %k.cond.preheader.us

k.end.us:                                         ; preds = %k.body.us
  %3 = fadd float %47, %2
  %4 = mul nuw nsw i64 %i0.0120.us, 3
  %5 = or disjoint i64 %4, %j.0121.us
  %6 = getelementptr inbounds float, ptr %h, i64 %5
  %7 = fneg float %3
  %8 = tail call float @llvm.exp.f32(float %7)
  %9 = fadd float %8, 1.000000e+00
  %10 = fdiv float 1.000000e+00, %9
  store float %10, ptr %6, align 4
  %11 = fadd float %48, %2
  %12 = or disjoint i64 %4, 3
  %gep.us = getelementptr float, ptr %invariant.gep.us, i64 %12
  %13 = fneg float %11
  %14 = tail call float @llvm.exp.f32(float %13)
  %15 = fadd float %14, 1.000000e+00
  %16 = fdiv float 1.000000e+00, %15
  store float %16, ptr %gep.us, align 4
  %17 = fadd float %49, %2
  %.idx113.us = mul i64 %i0.0120.us, 12
  %18 = getelementptr i8, ptr %h, i64 %.idx113.us
  %19 = getelementptr i8, ptr %18, i64 24
  %20 = getelementptr float, ptr %19, i64 %j.0121.us
  %21 = fneg float %17
  %22 = tail call float @llvm.exp.f32(float %21)
  %23 = fadd float %22, 1.000000e+00
  %24 = fdiv float 1.000000e+00, %23
  store float %24, ptr %20, align 4
  %25 = fadd float %50, %2
  %26 = getelementptr i8, ptr %18, i64 36
  %27 = getelementptr float, ptr %26, i64 %j.0121.us
  %28 = fneg float %25
  %29 = tail call float @llvm.exp.f32(float %28)
  %30 = fadd float %29, 1.000000e+00
  %31 = fdiv float 1.000000e+00, %30
  store float %31, ptr %27, align 4
  %32 = add nuw nsw i64 %i0.0120.us, 4
  %33 = icmp ult i64 %32, %0
  br i1 %33, label %k.cond.preheader.us, label %i0.cond.i0.end_crit_edge.us

k.body.us:                                        ; preds = %k.cond.preheader.us, %k.body.us
  %s0_0.0119.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %47, %k.body.us ]
  %s1_0.0118.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %48, %k.body.us ]
  %s2_0.0117.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %49, %k.body.us ]
  %k.0116.us = phi i64 [ 0, %k.cond.preheader.us ], [ %51, %k.body.us ]
  %s3_0.0115.us = phi float [ 0.000000e+00, %k.cond.preheader.us ], [ %50, %k.body.us ]
  %34 = add nuw nsw i64 %k.0116.us, %52
  %35 = getelementptr inbounds float, ptr %x, i64 %34
  %36 = load float, ptr %35, align 4
  %37 = or disjoint i64 %34, 4
  %38 = getelementptr inbounds float, ptr %x, i64 %37
  %39 = load float, ptr %38, align 4
  %40 = or disjoint i64 %34, 8
  %41 = getelementptr inbounds float, ptr %x, i64 %40
  %42 = load float, ptr %41, align 4
  %43 = or disjoint i64 %34, 12
  %44 = getelementptr inbounds float, ptr %x, i64 %43
  %45 = load float, ptr %44, align 4
  %gep = getelementptr inbounds float, ptr %invariant.gep, i64 %k.0116.us
  %46 = load float, ptr %gep, align 4
  %47 = tail call float @llvm.fmuladd.f32(float %36, float %46, float %s0_0.0119.us)
  %48 = tail call float @llvm.fmuladd.f32(float %39, float %46, float %s1_0.0118.us)
  %49 = tail call float @llvm.fmuladd.f32(float %42, float %46, float %s2_0.0117.us)
  %50 = tail call float @llvm.fmuladd.f32(float %45, float %46, float %s3_0.0115.us)
  %51 = add nuw nsw i64 %k.0116.us, 1
  %exitcond.not = icmp eq i64 %51, 4
  br i1 %exitcond.not, label %k.end.us, label %k.body.us

k.cond.preheader.us:                              ; preds = %i0.cond.preheader.us, %k.end.us
  %i0.0120.us = phi i64 [ 0, %i0.cond.preheader.us ], [ %32, %k.end.us ]
  %52 = shl nuw nsw i64 %i0.0120.us, 2
  br label %k.body.us

i0.cond.i0.end_crit_edge.us:                      ; preds = %k.end.us
  %53 = add nuw nsw i64 %j.0121.us, 1
  %exitcond144.not = icmp eq i64 %53, 3
  br i1 %exitcond144.not, label %j.end, label %i0.cond.preheader.us

j.end:                                            ; preds = %i0.cond.i0.end_crit_edge.us, %entry
  %.not133 = icmp eq i64 %0, %n
  br i1 %.not133, label %i.cond20.preheader, label %j.cond6.preheader

j.cond6.preheader:                                ; preds = %j.end, %j.end9
  %i.0125 = phi i64 [ %55, %j.end9 ], [ %0, %j.end ]
  %.idx = mul i64 %i.0125, 12
  %54 = getelementptr i8, ptr %h, i64 %.idx
  %.idx134 = shl nsw i64 %i.0125, 4
  %invariant.gep157 = getelementptr i8, ptr %x, i64 %.idx134
  br label %k.cond13.preheader

i.cond20.preheader:                               ; preds = %j.end9, %j.end
  %.not136 = icmp eq i64 %n, 0
  br i1 %.not136, label %i.end23, label %i.body21

k.cond13.preheader:                               ; preds = %j.cond6.preheader, %k.end16
  %j5.0124 = phi i64 [ 0, %j.cond6.preheader ], [ %69, %k.end16 ]
  %.idx135 = shl nsw i64 %j5.0124, 4
  %invariant.gep159 = getelementptr inbounds i8, ptr %pw, i64 %.idx135
  br label %k.body14

j.end9:                                           ; preds = %k.end16
  %55 = add nuw nsw i64 %i.0125, 1
  %56 = icmp ult i64 %55, %n
  br i1 %56, label %j.cond6.preheader, label %i.cond20.preheader

k.body14:                                         ; preds = %k.cond13.preheader, %k.body14
  %k12.0123 = phi i64 [ 0, %k.cond13.preheader ], [ %60, %k.body14 ]
  %s0_011.0122 = phi float [ 0.000000e+00, %k.cond13.preheader ], [ %59, %k.body14 ]
  %gep158 = getelementptr float, ptr %invariant.gep157, i64 %k12.0123
  %57 = load float, ptr %gep158, align 4
  %gep160 = getelementptr inbounds float, ptr %invariant.gep159, i64 %k12.0123
  %58 = load float, ptr %gep160, align 4
  %59 = tail call float @llvm.fmuladd.f32(float %57, float %58, float %s0_011.0122)
  %60 = add nuw nsw i64 %k12.0123, 1
  %exitcond145.not = icmp eq i64 %60, 4
  br i1 %exitcond145.not, label %k.end16, label %k.body14

k.end16:                                          ; preds = %k.body14
  %61 = getelementptr inbounds float, ptr %h_bias, i64 %j5.0124
  %62 = load float, ptr %61, align 4
  %63 = fadd float %59, %62
  %64 = getelementptr float, ptr %54, i64 %j5.0124
  %65 = fneg float %63
  %66 = tail call float @llvm.exp.f32(float %65)
  %67 = fadd float %66, 1.000000e+00
  %68 = fdiv float 1.000000e+00, %67
  store float %68, ptr %64, align 4
  %69 = add nuw nsw i64 %j5.0124, 1
  %exitcond146.not = icmp eq i64 %69, 3
  br i1 %exitcond146.not, label %j.end9, label %k.cond13.preheader

i.body21:                                         ; preds = %i.cond20.preheader, %j.cond38.preheader
  %i19.0131 = phi i64 [ %79, %j.cond38.preheader ], [ 0, %i.cond20.preheader ]
  %70 = mul nuw nsw i64 %i19.0131, 3
  %71 = getelementptr inbounds float, ptr %h, i64 %70
  %72 = load float, ptr %71, align 4
  br label %j.body27

i.end23:                                          ; preds = %j.cond38.preheader, %i.cond20.preheader
  ret void

j.body27:                                         ; preds = %i.body21, %j.body27
  %j25.0127 = phi i64 [ 0, %i.body21 ], [ %76, %j.body27 ]
  %mx.0126 = phi float [ %72, %i.body21 ], [ %75, %j.body27 ]
  %73 = getelementptr inbounds float, ptr %71, i64 %j25.0127
  %74 = load float, ptr %73, align 4
  %75 = tail call float @llvm.maxnum.f32(float %mx.0126, float %74)
  %76 = add nuw nsw i64 %j25.0127, 1
  %exitcond147.not = icmp eq i64 %76, 3
  br i1 %exitcond147.not, label %j.body33, label %j.body27

j.cond38.preheader:                               ; preds = %j.body33
  %77 = getelementptr inbounds float, ptr %y, i64 %70
  %broadcast.splatinsert167 = insertelement <4 x float> poison, float %86, i64 0
  %broadcast.splat168 = shufflevector <4 x float> %broadcast.splatinsert167, <4 x float> poison, <4 x i32> <i32 0, i32 0, i32 0, i32 poison>
  %wide.masked.load = tail call <4 x float> @llvm.masked.load.v4f32.p0(ptr %77, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>, <4 x float> poison)
  %78 = fdiv <4 x float> %wide.masked.load, %broadcast.splat168
  tail call void @llvm.masked.store.v4f32.p0(<4 x float> %78, ptr %77, i32 4, <4 x i1> <i1 true, i1 true, i1 true, i1 false>)
  %79 = add nuw nsw i64 %i19.0131, 1
  %exitcond150.not = icmp eq i64 %79, %n
  br i1 %exitcond150.not, label %i.end23, label %i.body21

j.body33:                                         ; preds = %j.body27, %j.body33
  %j31.0129 = phi i64 [ %87, %j.body33 ], [ 0, %j.body27 ]
  %sum.0128 = phi float [ %86, %j.body33 ], [ 0.000000e+00, %j.body27 ]
  %80 = add nuw nsw i64 %j31.0129, %70
  %81 = getelementptr inbounds float, ptr %y, i64 %80
  %82 = getelementptr inbounds float, ptr %h, i64 %80
  %83 = load float, ptr %82, align 4
  %84 = fsub float %83, %75
  %85 = tail call float @llvm.exp.f32(float %84)
  store float %85, ptr %81, align 4
  %86 = fadd reassoc float %sum.0128, %85
  %87 = add nuw nsw i64 %j31.0129, 1
  %exitcond148.not = icmp eq i64 %87, 3
  br i1 %exitcond148.not, label %j.cond38.preheader, label %j.body33
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.maxnum.f32(float, float) #1

; Function Attrs: nounwind
define ptr @inference_only_create(i64 %0) local_unnamed_addr #2 {
entry:
  %1 = tail call ptr @nnrt_model_create(ptr nonnull @inference_only_desc, i64 %0) #2
  ret ptr %1
}

declare ptr @nnrt_model_create(ptr, i64) local_unnamed_addr

; Function Attrs: nounwind
define void @inference_only_destroy(ptr %0) local_unnamed_addr #2 {
entry:
  tail call void @nnrt_model_destroy(ptr %0) #2
  ret void
}

declare void @nnrt_model_destroy(ptr) local_unnamed_addr

; Function Attrs: nounwind
define void @inference_only_predict(ptr %0, ptr %1, ptr %2, i64 %3) local_unnamed_addr #2 {
entry:
  %4 = tail call i32 @nnrt_predict(ptr %0, ptr %1, ptr %2, i64 %3) #2
  ret void
}

declare i32 @nnrt_predict(ptr, ptr, ptr, i64) local_unnamed_addr

; Function Attrs: nounwind
define i32 @inference_only_save(ptr %0, ptr %1) local_unnamed_addr #2 {
entry:
  %2 = tail call i32 @nnrt_save(ptr %0, ptr %1) #2
  ret i32 %2
}

declare i32 @nnrt_save(ptr, ptr) local_unnamed_addr

; Function Attrs: nounwind
define i32 @inference_only_load(ptr %0, ptr %1) local_unnamed_addr #2 {
entry:
  %2 = tail call i32 @nnrt_load(ptr %0, ptr %1) #2
  ret i32 %2
}

declare i32 @nnrt_load(ptr, ptr) local_unnamed_addr

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define noundef i64 @inference_only_param_count() local_unnamed_addr #3 {
entry:
  ret i64 15
}

; Function Attrs: nounwind
define ptr @inference_only_param(ptr %0, ptr %1, ptr %2) local_unnamed_addr #2 {
entry:
  %3 = tail call ptr @nnrt_param(ptr %0, ptr %1, ptr %2) #2
  ret ptr %3
}

declare ptr @nnrt_param(ptr, ptr, ptr) local_unnamed_addr

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: read)
declare <4 x float> @llvm.masked.load.v4f32.p0(ptr nocapture, i32 immarg, <4 x i1>, <4 x float>) #4

; Function Attrs: nocallback nofree nosync nounwind willreturn memory(argmem: write)
declare void @llvm.masked.store.v4f32.p0(<4 x float>, ptr nocapture, i32 immarg, <4 x i1>) #5

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: readwrite) }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) }
attributes #4 = { nocallback nofree nosync nounwind willreturn memory(argmem: read) }
attributes #5 = { nocallback nofree nosync nounwind willreturn memory(argmem: write) }
